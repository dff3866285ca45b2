import { escapeText } from './escape';

/**
 * The page `npm run dev` shows while the content check fails: the check's own message, as text.
 * Its script reloads the page when the dev server says something changed (Vite's client is not
 * on this page), so a fix shows at once.
 */
export function problemPage(message: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content problems · The Idlib explainer</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}pre{white-space:pre-wrap;background:#f4f1ea;padding:1rem;border-inline-start:4px solid #b3261e}@media (prefers-color-scheme:dark){body{background:#17181b;color:#eee}pre{background:#24262b}}</style>
</head>
<body>
<h1>The content check found problems</h1>
<p>The site is not shown until they are fixed. This is the message <code>npm run check</code> prints; the page reloads when a content file changes.</p>
<pre>${escapeText(message.trim())}</pre>
<script type="module">
const ws = new WebSocket(\`\${location.protocol === 'https:' ? 'wss' : 'ws'}://\${location.host}/\`, 'vite-hmr');
ws.addEventListener('message', (e) => { if (JSON.parse(e.data).type === 'full-reload') location.reload(); });
</script>
</body>
</html>
`;
}
