// Initials and a stable colour for an author without a usable picture: the same name always gets the
// same hue, so a regular customer is recognisable across posts.
export function initials(name: string): string {
  // Letters and digits only: emoji, combining marks and zero-width characters make no initials.
  const words = name.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const letters = words.slice(0, 2).map((w) => [...w][0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

export function hueFor(name: string): number {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i += 1) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  return (hash >>> 0) % 360;
}
