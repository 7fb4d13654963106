// The wall's own validation messages in French, for the settings page (zod's own come from its French
// locale). The schemas keep their messages in English, the language of the command line and the logs: this
// catalogue maps each of them — the custom messages of src/shared/config.ts and of each connector's options
// schema, the refinements' and validate-config.ts' templated ones — to its French. A message missing here
// fails test/unit/config/wall-messages-fr.test.ts.

/** Fixed messages, as written in the schemas. */
const EXACT: Readonly<Record<string, string>> = {
  // src/shared/config.ts
  'use 1–40 lowercase letters, digits or dashes, starting with a letter or digit':
    'utilisez de 1 à 40 lettres minuscules, chiffres ou tirets, en commençant par une lettre ou un chiffre',
  'use a colour like #1a2b3c': 'indiquez une couleur comme #1a2b3c',
  'a hashtag is letters, digits or _': 'un hashtag se compose de lettres, de chiffres ou de _',
  'the logo is set by uploading a picture': 'le logo se définit en envoyant une image',
  'use a web address starting with https://': 'indiquez une adresse web commençant par https://',
  'at most 120 characters': '120 caractères au plus',
  'at most 80 characters': '80 caractères au plus',
  'a profile shows at least one panel': 'un profil montre au moins un panneau',
  // src/shared/update-contract.ts
  'use a time like 02:30': 'indiquez une heure comme 02:30',
  'paste the public key printed by `npm run release -- keygen` (43 characters)':
    'collez la clé publique affichée par `npm run release -- keygen` (43 caractères)',
  'a configured token needs at least 24 characters': 'un jeton configuré doit compter au moins 24 caractères',
  'a configured admin token needs at least 24 characters':
    'un jeton d’administration configuré doit compter au moins 24 caractères',
  'use modifiers and one letter or digit, like Ctrl+Alt+Shift+S':
    'indiquez des touches de modification puis une lettre ou un chiffre, comme Ctrl+Alt+Shift+S',
  'a keyword needs at least 2 characters': 'un mot-clé doit compter au moins 2 caractères',
  'the admin token must differ from the display token':
    'le jeton d’administration doit être différent du jeton d’affichage',
  // X
  "paste the app's Bearer Token": 'collez le jeton Bearer de l’application',
  "the numeric user id of the brand's account (GET /2/users/by/username/:handle)":
    'l’identifiant numérique du compte de la marque (GET /2/users/by/username/:handle)',
  'an X handle such as @ateliernova': 'un nom d’utilisateur X comme @ateliernova',
  'a hashtag such as #AtelierNova': 'un hashtag comme #AtelierNova',
  // Facebook, Instagram
  'the numeric Page id (Page → About → Page transparency, or Meta Business Suite → Settings)':
    'l’identifiant numérique de la Page (Page → À propos → Transparence de la Page, ou Meta Business Suite → Paramètres)',
  'paste the whole Page or system-user access token':
    'collez en entier le jeton d’accès de Page ou d’utilisateur système',
  'the numeric Instagram business account id (GET /{page-id}?fields=instagram_business_account)':
    'l’identifiant numérique du compte Instagram professionnel (GET /{page-id}?fields=instagram_business_account)',
  'paste the whole access token': 'collez le jeton d’accès en entier',
  'a hashtag: letters, digits, _': 'un hashtag : lettres, chiffres, _',
  // Foursquare
  'give at least one fsq_place_id': 'indiquez au moins un fsq_place_id',
  'an fsq_place_id, e.g. 4b058803f964a520a9a422e3': 'un fsq_place_id, par ex. 4b058803f964a520a9a422e3',
  'paste the service API key': 'collez la clé d’API de service',
  // Google reviews
  'the numeric account id, e.g. 1234567890 (from accounts/1234567890)':
    'l’identifiant numérique du compte, par ex. 1234567890 (tiré de accounts/1234567890)',
  'the numeric location id, e.g. 987654321 (from locations/987654321)':
    'l’identifiant numérique de l’établissement, par ex. 987654321 (tiré de locations/987654321)',
  'paste the OAuth access token': 'collez le jeton d’accès OAuth',
  // Trustpilot
  'paste the API key': 'collez la clé d’API',
  'a 24-character business unit id': 'un identifiant d’entreprise (business unit) de 24 caractères',
  'give businessUnitId or businessName':
    'indiquez l’identifiant de l’entreprise (businessUnitId) ou son domaine (businessName)',
  // Site reviews
  'use at least 24 random characters': 'utilisez au moins 24 caractères aléatoires',
  'give webhookToken (inbound webhook), feedUrl (polled feed), or both':
    'indiquez le jeton du webhook (webhookToken), l’adresse du flux (feedUrl), ou les deux',
  // Replay
  'give the path of a JSONL file': 'indiquez le chemin d’un fichier JSONL',
  // Mastodon
  'give at least one instance URL': 'indiquez l’adresse d’au moins une instance',
  'give at least one hashtag': 'indiquez au moins un hashtag',
  'write an account as user@instance': 'écrivez un compte sous la forme utilisateur@instance',
  // Web mentions (rss)
  'give at least one feed URL': 'indiquez l’adresse d’au moins un flux',
  'a feed URL is listed twice': 'une adresse de flux figure deux fois',
  // Bluesky
  'give the handle (or e-mail) of the account that searches':
    'indiquez l’identifiant (ou l’e-mail) du compte qui effectue les recherches',
  'give an app password': 'indiquez un mot de passe d’application',
  'give at least one search': 'indiquez au moins une recherche',
  'write a handle like ateliernova.bsky.social': 'écrivez un identifiant comme ateliernova.bsky.social',
  // The settings API's own field messages (a whole configuration, secrets, profiles)
  required: 'obligatoire',
  'send the whole configuration, as GET /api/settings gives it':
    'envoyez la configuration entière, telle que GET /api/settings la donne',
  'no secret is stored for this field yet: enter it':
    'aucun secret n’est encore enregistré pour ce champ : saisissez-le',
  'the network or its address changed: enter this secret again':
    'le réseau ou son adresse a changé : saisissez à nouveau ce secret',
  'this instance is already in the list': 'cette instance est déjà dans la liste',
  'this profile has sealed secrets: give its passphrase':
    'ce profil contient des secrets scellés : indiquez sa phrase de passe',
  'the passphrase does not open the secrets': 'cette phrase de passe n’ouvre pas les secrets',
  'this file is neither a Social Wall profile nor a config.json: export a profile on the wall to copy (Profile → Export), then import that file':
    'ce fichier n’est ni un profil Social Wall ni un config.json : exportez un profil sur le mur à copier (Profil → Exporter), puis importez ce fichier',
  'this profile was written by another version of Social Wall: export it again from an up-to-date wall':
    'ce profil a été écrit par une autre version de Social Wall : exportez-le à nouveau depuis un mur à jour',
  'send { "profile": { … } }': 'envoyez { "profile": { … } }',
};

/** Messages with values in them (config.ts' refinements, validate-config.ts): the English pattern, the French. */
const TEMPLATES: readonly (readonly [RegExp, (...values: string[]) => string])[] = [
  [/^source id "(.*)" is used twice$/, (id) => `l’identifiant de source « ${id} » est utilisé deux fois`],
  [/^panel id "(.*)" is used twice$/, (id) => `l’identifiant de panneau « ${id} » est utilisé deux fois`],
  [/^profile id "(.*)" is used twice$/, (id) => `l’identifiant de profil « ${id} » est utilisé deux fois`],
  [/^no source has the id "(.*)"$/, (id) => `aucune source n’a l’identifiant « ${id} »`],
  [/^no panel has the id "(.*)"$/, (id) => `aucun panneau n’a l’identifiant « ${id} »`],
  [
    /^unknown source type "(.*)" \(known: (.*)\)$/,
    (type, known) => `type de source inconnu « ${type} » (types connus : ${known})`,
  ],
  [
    /^must be at least (\S+) s for (.*)$/,
    // The connector's label is English: the field is already in the source's form, which names the network.
    (seconds) => `doit être d’au moins ${seconds.replace('.', ',')} s pour ce réseau`,
  ],
];

/** The French of one of the wall's own messages; undefined for any other (zod's, already localised). */
export function wallMessageFr(message: string): string | undefined {
  const exact = EXACT[message];
  if (exact !== undefined) return exact;
  for (const [pattern, french] of TEMPLATES) {
    const match = pattern.exec(message);
    if (match) return french(...match.slice(1).map((v) => v ?? ''));
  }
  return undefined;
}
