/**
 * What Pagefind reads: the built pages with a space after the closing tags of block elements it
 * does not separate itself. Pagefind puts a space between paragraphs, list items, table cells and
 * headings, but not after </dt>, </dd>, </th>, </summary> and the like, and Astro's compressed
 * HTML has no whitespace between tags, so "Country" and "Syria" would be indexed as one word,
 * "countrysyria", and excerpts would read "Led byRami Abdulrahman". A space there changes nothing
 * a browser shows; the pages in dist/ are not touched, Pagefind reads copies.
 */
const UNSPACED_BLOCKS =
  /<\/(dt|dd|dl|th|tr|thead|tbody|caption|figcaption|figure|summary|details|ol|blockquote|aside|header|main|dialog|fieldset|legend)>/gi;

export function spaceBlocks(html: string): string {
  return html.replace(UNSPACED_BLOCKS, '</$1> ');
}
