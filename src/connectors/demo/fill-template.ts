// Fills "{name}" placeholders in a corpus sentence. A placeholder without a value is a corpus bug:
// fail loudly so the unit tests catch it instead of a wall showing "{garage}".
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template placeholder {${name}} has no value: "${template}"`);
    return value;
  });
}
