/** The note at the top of the download. Plain HTML, no scripts: it is opened from disk. */
export function readMeFirst(date: string, siteUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Read me first: the Idlib explainer, offline</title>
<style>body{font:1.05rem/1.55 system-ui,sans-serif;max-inline-size:40rem;margin:2rem auto;padding:0 1rem}</style></head>
<body>
<h1>The Idlib explainer, for reading offline</h1>
<p>This folder is the whole site as it was built on ${date}. It needs no server and no network.</p>
<ol>
<li>Keep the folder together (unzip it first if you have not).</li>
<li>Open <a href="index.html">index.html</a> in a web browser (Firefox, Chrome, Edge, Safari).</li>
<li>Every page, the who-backs-whom diagram and search work from here. Search uses a smaller offline index of names, titles and summaries; the online site searches the full text.</li>
</ol>
<p>The latest version is at <a href="${siteUrl}">${siteUrl}</a>. Content and data are under CC BY 4.0; code under MIT.</p>
</body>
</html>
`;
}
