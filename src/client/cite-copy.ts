// Copy buttons for "Cite this": an enhancement; without it the citations are plain text to select.
const box = document.querySelector<HTMLElement>('.cite-this');
if (box && navigator.clipboard) {
  box.querySelectorAll<HTMLElement>('pre').forEach((pre) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'copy';
    b.textContent = box.dataset['copy'] ?? '';
    b.setAttribute('aria-describedby', pre.dataset['label'] ?? '');
    b.addEventListener('click', () => {
      void navigator.clipboard.writeText(pre.textContent ?? '').then(() => {
        b.textContent = box.dataset['copied'] ?? '';
        setTimeout(() => {
          b.textContent = box.dataset['copy'] ?? '';
        }, 2000);
      });
    });
    pre.after(b);
  });
}

export {};
