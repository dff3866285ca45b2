// Marks the page as scripted before first paint, so controls that need JavaScript show at once.
document.documentElement.classList.add('js');

export {};
