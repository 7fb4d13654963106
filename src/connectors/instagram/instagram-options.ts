// The Instagram (business or creator account, via Facebook Login) source's options.
import { z } from 'zod';
import { DEFAULT_GRAPH_BASE_URL } from '../meta/graph-client.ts';
import {
  graphApiAddress,
  overlapSeconds,
  pagesPerPoll,
  recheckEveryPolls,
  recheckedEachTime,
} from '../shared/common-options.ts';
import { text } from '../shared/option-text.ts';

export const InstagramOptionsSchema = z.object({
  igUserId: z
    .string()
    .regex(/^\d{5,30}$/, 'the numeric Instagram business account id (GET /{page-id}?fields=instagram_business_account)')
    .meta(
      text({
        title: 'Instagram account id',
        help:
          "The Instagram business account id linked to the brand's Facebook Page (a number, not the @name). Where to find it: " +
          'Graph API Explorer → GET /<page-id>?fields=instagram_business_account → its id.',
        fr: {
          title: 'Identifiant du compte Instagram',
          help:
            'L’identifiant du compte Instagram professionnel lié à la Page Facebook de la marque (un nombre, pas le @nom). Où le trouver : ' +
            'Explorateur de l’API Graph → GET /<id-de-la-page>?fields=instagram_business_account → son id.',
        },
      }),
    ),
  token: z
    .string()
    .min(8, 'paste the whole access token')
    .meta(
      text({
        title: 'Access token',
        help:
          'A Page or Business Manager system-user access token of the Facebook Page linked to the Instagram account, with ' +
          'instagram_basic, instagram_manage_comments, pages_read_engagement (and instagram_manage_insights is not needed). Pasted here; no app secret.',
        fr: {
          title: 'Jeton d’accès',
          help:
            'Un jeton d’accès de Page, ou d’utilisateur système du Business Manager, de la Page Facebook liée au compte Instagram, avec ' +
            'instagram_basic, instagram_manage_comments, pages_read_engagement (instagram_manage_insights n’est pas nécessaire). Collé ici ; pas de clé secrète d’application.',
        },
      }),
    )
    .meta({ secret: true }),
  /** The brand's username: its comments are its answers. Read from the account when left out. */
  username: z
    .string()
    .regex(/^[A-Za-z0-9._]{1,30}$/)
    .optional()
    .meta(text({ title: 'Brand username', fr: { title: 'Nom d’utilisateur de la marque' } })),
  /** Hashtags to follow, without '#'. Each new one costs one of the account's 30 per rolling 7 days. */
  hashtags: z
    .array(z.string().regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'a hashtag: letters, digits, _'))
    .max(30)
    .default([])
    .meta(text({ title: 'Hashtags', fr: { title: 'Hashtags' } })),
  /** Lower it when other apps use the same account's hashtag budget. */
  hashtagsLimit: z
    .number()
    .int()
    .min(0)
    .max(30)
    .default(30)
    .meta(text({ title: 'Hashtags per 7 days, at most', fr: { title: 'Hashtags par période de 7 jours, au plus' } })),
  includeTagged: z
    .boolean()
    .default(true)
    .meta(
      text({
        title: 'Include media the brand is tagged in',
        fr: { title: 'Inclure les médias où la marque est identifiée' },
      }),
    ),
  baseUrl: graphApiAddress(DEFAULT_GRAPH_BASE_URL),
  /** Media this recent are re-listed on every poll: caption edits, new comments and deletes show. */
  activeHours: z
    .number()
    .min(1)
    .max(336)
    .default(72)
    .meta(text({ title: 'Media re-read for (hours)', fr: { title: 'Médias relus pendant (heures)' } })),
  overlapSeconds: overlapSeconds(300),
  recheckEveryPolls: recheckEveryPolls(10),
  recheckBatch: recheckedEachTime(
    { max: 100, default: 25 },
    { en: 'Items re-checked each time', fr: 'Éléments revérifiés à chaque fois' },
  ),
  maxCommentFetches: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .meta(
      text({
        title: 'Media whose comments are read per poll',
        fr: { title: 'Médias dont les commentaires sont lus par interrogation' },
      }),
    ),
  maxPages: pagesPerPoll({ max: 50, default: 10 }),
  pageSize: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(50)
    .meta(text({ title: 'Items per page', fr: { title: 'Éléments par page' } })),
  /** recent_media is ranked, not chronological: read this many pages (of 50) of each hashtag per poll. */
  hashtagPages: z
    .number()
    .int()
    .min(1)
    .max(10)
    .default(2)
    .meta(text({ title: 'Pages per hashtag and poll', fr: { title: 'Pages par hashtag et par interrogation' } })),
});

export type InstagramOptions = z.output<typeof InstagramOptionsSchema>;
