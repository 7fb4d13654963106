// English words of the Moderation view: transparency first, rules, hide and restore, the audit: the same keys as French (the type says so).
import type { SettingsModerationMessages } from './settings-moderation-fr.ts';

export const settingsModerationEn: SettingsModerationMessages = {
  transparency: {
    title: 'Transparency',
    off: 'Moderation is off by default.',
    why: 'The wall shows what customers say, criticism included. Deleting critics is what customers punish most: it shows, it gets told, and it costs more than the criticism itself. Better to answer, in public: the brand’s reply shows under the post.',
    later:
      'If you switch a rule on or hide a post, it is logged below (what, why, who, when) and can be undone; the wall’s counter shows it.',
  },
  moderation: {
    title: 'Moderation',
    loading: 'Loading…',
    loadFailed: 'Moderation does not answer: {{message}}',
    states: { live: 'shown', hidden: 'hidden', deleted: 'deleted by its author' },
    rules: {
      title: 'Rules (all off by default)',
      intro:
        'They apply to posts as they arrive, and to those their source brings again. Save to apply them. A change also applies to the posts already on the wall: those a new rule hides leave the screens, and those hidden by a rule that no longer applies come back (never a post hidden or restored by a person).',
      profanity: 'Hide profanity',
      profanityLists: { fr: 'French list', en: 'English list' },
      profanityHelp: 'A post with a word of a ticked list is hidden.',
      authors: 'Blocked authors',
      authorsHelp:
        'One per line: @handle (every network) or network:@handle (e.g. x:@spammer). The author’s id works too.',
      keywords: 'Blocked keywords',
      keywordsHelp: 'One per line: words, phrases or #hashtags, whole words, ignoring case and accents.',
      content: 'Content shown',
      contentHelp: 'For a screen that must show only pictures, or only text.',
      contents: {
        all: 'Everything',
        'media-only': 'Only posts with a picture or video',
        'text-only': 'Only posts without a picture or video',
      },
    },
    recent: {
      title: 'Recent posts',
      intro:
        'The latest posts received, hidden ones included. Hiding takes the post off the screens at once; Restore puts it back.',
      why: 'Reason for hiding (optional, written in the log)',
      none: 'No posts yet.',
      noText: '(no text)',
      hide: 'Hide this post',
      restore: 'Restore',
      hideLabel: 'Hide this post by {{author}} ({{network}})',
      restoreLabel: 'Restore the post by {{author}} ({{network}})',
      hiddenDone: 'Post by {{author}} hidden: it left the screens.',
      restoredDone: 'Post by {{author}} restored to the screens.',
      failed: 'Could not: {{message}}',
    },
    audit: {
      title: 'Moderation log',
      hidden_zero: 'No post is hidden right now.',
      hidden_one: '{{count}} post hidden right now.',
      hidden_other: '{{count}} posts hidden right now.',
      none: 'Nothing has been hidden.',
      what: 'What',
      why: 'Why',
      who: 'Who',
      when: 'When',
      restored: 'Restored',
      actions: { hide: 'Hidden:', restore: 'Restored:' },
      postBy: 'post by {{author}} ({{network}})',
      reasons: {
        person: 'hidden by a person, no reason given',
        'blocked-author': 'blocked author',
        'blocked-keyword': 'blocked word: “{{keyword}}”',
        'media-only': 'no picture or video (the screen shows only posts with a picture)',
        'text-only': 'with a picture or video (the screen shows text only)',
        profanity: 'profanity ({{list}})',
        lists: { fr: 'French list', en: 'English list' },
      },
      whoIs: { rule: 'a rule', admin: 'a person (settings)' },
      more: 'More (older entries)',
    },
  },
};
