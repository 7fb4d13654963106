// Text with its #hashtags and @mentions set off. Everything stays a React text node: whatever a post
// contains (tags, entities, scripts) is shown as the characters it is. Each tag is isolated (<bdi>), so a
// Latin hashtag in Arabic text, or an Arabic one in French text, keeps its # on the right side.
import { tokenize } from './text-tokens.ts';

export function RichText({ text }: { text: string }) {
  return (
    <>
      {tokenize(text).map((token, i) =>
        token.kind === 'text' ? (
          token.value
        ) : (
          <bdi key={i} className={`post-${token.kind}`}>
            {token.value}
          </bdi>
        ),
      )}
    </>
  );
}
