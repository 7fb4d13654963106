// What the settings form shows for one option of a connector: its label and help, in English and in French,
// kept next to the option in the connector's schema. `.meta(text({...}))` puts them in zod's metadata, which
// `z.toJSONSchema` copies into the options' JSON Schema (`title`, `description`, and `fr: { title,
// description }`); the settings page reads the one of its language (src/renderer/settings/schema-form/json-schema-fields.ts).

export interface OptionText {
  /** The English label. */
  title: string;
  /** The English help: what the option does, where IT finds the value. */
  help?: string;
  fr: { title: string; help?: string };
}

/** The JSON Schema keywords (and the `fr` extension) an option's text becomes. */
export interface OptionTextMeta {
  [key: string]: unknown;
  title: string;
  description?: string;
  fr: { title: string; description?: string };
}

export function text({ title, help, fr }: OptionText): OptionTextMeta {
  return {
    title,
    ...(help !== undefined ? { description: help } : {}),
    fr: { title: fr.title, ...(fr.help !== undefined ? { description: fr.help } : {}) },
  };
}
