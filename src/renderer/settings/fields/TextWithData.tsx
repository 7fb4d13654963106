// A sentence of the page with one value of the wall's data in it ("Panel 2 (X · Foursquare)", "post by Jane"):
// the value is marked translate="no" (a title, a name: data, not words of the page). The sentence is worded
// with DATA where the value goes.
export const DATA = '\u0000';

export function TextWithData({ text, data }: { text: string; data: string }) {
  const [before = '', ...rest] = text.split(DATA);
  return (
    <>
      {before}
      <span translate="no">{data}</span>
      {rest.join(data)}
    </>
  );
}
