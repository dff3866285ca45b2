/**
 * Advance widths of Arabic letters in their joined forms, per 1000 em, as Chromium draws the
 * diagram's label font stack where it has no Arabic (Liberation Sans, Arimo) and falls back to
 * DejaVu Sans, one of the wider Arabic faces (Arial's own Arabic, Noto Sans Arabic and Geeza Pro
 * set the same words narrower, so boxes sized by it stay roomy). Measured with the tatweel as joiner (width of ـXـ
 * less ــ, and so on); regenerate the same way if the label font stack changes.
 *
 * Each entry is [isolated, initial, medial, final] for a letter that joins on both sides,
 * [isolated, final] for one that joins only to the letter before it (alef, dal, ra, waw...),
 * [width] for a character that does not join (hamza, digits, punctuation).
 */
const ARABIC_FORMS: ReadonlyMap<number, readonly number[]> = new Map([
  [0x060c, [323]], // ،
  [0x061b, [318]], // ؛
  [0x061f, [531]], // ؟
  [0x0621, [470]], // ء
  [0x0622, [278, 305]], // آ
  [0x0623, [278, 305]], // أ
  [0x0624, [483, 517]], // ؤ
  [0x0625, [278, 305]], // إ
  [0x0626, [783, 278, 302, 833]], // ئ
  [0x0627, [278, 305]], // ا
  [0x0628, [941, 278, 302, 982]], // ب
  [0x0629, [524, 536]], // ة
  [0x062a, [941, 278, 302, 982]], // ت
  [0x062b, [941, 278, 302, 982]], // ث
  [0x062c, [646, 618, 645, 645]], // ج
  [0x062d, [646, 618, 645, 645]], // ح
  [0x062e, [646, 618, 645, 645]], // خ
  [0x062f, [445, 525]], // د
  [0x0630, [445, 525]], // ذ
  [0x0631, [483, 552]], // ر
  [0x0632, [483, 552]], // ز
  [0x0633, [1221, 838, 892, 1275]], // س
  [0x0634, [1221, 838, 892, 1275]], // ش
  [0x0635, [1209, 849, 867, 1225]], // ص
  [0x0636, [1209, 849, 867, 1225]], // ض
  [0x0637, [925, 796, 820, 949]], // ط
  [0x0638, [925, 796, 820, 949]], // ظ
  [0x0639, [597, 597, 482, 532]], // ع
  [0x063a, [597, 523, 482, 532]], // غ
  [0x0640, [293, 293, 293, 293]], // ـ
  [0x0641, [1037, 478, 506, 1035]], // ف
  [0x0642, [776, 478, 506, 834]], // ق
  [0x0643, [824, 476, 552, 843]], // ك
  [0x0644, [727, 305, 331, 757]], // ل
  [0x0645, [619, 536, 578, 666]], // م
  [0x0646, [734, 278, 302, 761]], // ن
  [0x0647, [524, 527, 461, 536]], // ه
  [0x0648, [483, 517]], // و
  [0x0649, [783, 833]], // ى
  [0x064a, [783, 278, 302, 833]], // ي
  [0x0660, [537]], // ٠
  [0x0661, [537]], // ١
  [0x0662, [537]], // ٢
  [0x0663, [537]], // ٣
  [0x0664, [537]], // ٤
  [0x0665, [537]], // ٥
  [0x0666, [537]], // ٦
  [0x0667, [537]], // ٧
  [0x0668, [537]], // ٨
  [0x0669, [537]], // ٩
  [0x066a, [537]], // ٪
  [0x066b, [325]], // ٫
  [0x066c, [318]], // ٬
  [0x067e, [941, 278, 302, 982]], // پ
  [0x0686, [646, 618, 645, 645]], // چ
  [0x0698, [483, 552]], // ژ
  [0x06a4, [1037, 478, 506, 1035]], // ڤ
  [0x06a9, [895, 476, 552, 895]], // ک
  [0x06af, [895, 476, 552, 895]], // گ
  [0x06cc, [783, 278, 302, 833]], // ی
]);

/** Lam followed by alef is drawn as one ligature: [isolated, final]. */
const LAM_ALEF: readonly [number, number] = [570, 597];

const ALEFS = new Set([0x0622, 0x0623, 0x0625, 0x0627]);
/** Marks drawn over or under a letter: no width, and they do not break the joining. */
const isMark = (cp: number) => (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670;

/**
 * Width in em of the Arabic letters at `i` in `cps` (a code point array), with the number of code
 * points it covers (lam-alef is one glyph), or undefined when `cps[i]` is not an Arabic letter
 * of the table. Each letter takes the form its neighbours give it, as a shaping engine would.
 */
export function arabicAdvance(
  cps: readonly number[],
  i: number,
): { em: number; used: number } | undefined {
  const cp = cps[i];
  if (cp === undefined) return undefined;
  if (isMark(cp)) return { em: 0, used: 1 };
  const forms = ARABIC_FORMS.get(cp);
  if (!forms) return undefined;
  const near = (from: number, step: number) => {
    for (let j = from; j >= 0 && j < cps.length; j += step) {
      const c = cps[j];
      if (c !== undefined && !isMark(c)) return c;
    }
    return undefined;
  };
  const markAt = (k: number) => {
    const c = cps[k];
    return c !== undefined && isMark(c);
  };
  const before = near(i - 1, -1);
  const joinsBefore =
    forms.length > 1 && before !== undefined && ARABIC_FORMS.get(before)?.length === 4;
  let after = i + 1;
  while (markAt(after)) after++;
  const following = cps[after];
  if (cp === 0x0644 && following !== undefined && ALEFS.has(following)) {
    return { em: LAM_ALEF[joinsBefore ? 1 : 0] / 1000, used: after - i + 1 };
  }
  const next = near(i + 1, 1);
  const joinsAfter =
    forms.length === 4 && next !== undefined && (ARABIC_FORMS.get(next)?.length ?? 0) > 1;
  const form =
    forms.length === 4
      ? joinsBefore
        ? joinsAfter
          ? 2
          : 3
        : joinsAfter
          ? 1
          : 0
      : forms.length === 2 && joinsBefore
        ? 1
        : 0;
  const width = forms[form];
  if (width === undefined) throw new Error(`no form ${form} of U+${cp.toString(16)} in the table`);
  return { em: width / 1000, used: 1 };
}
