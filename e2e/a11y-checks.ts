// Checks of a rendered page that axe-core leaves undone, run inside the page (page.evaluate): axe
// takes joined Arabic letters for icon glyphs and skips them in its contrast and label-in-name
// rules, so an Arabic page would pass axe with unreadable text. Each function is self-contained:
// Playwright sends its source to the browser, so it may not call anything outside itself.

export interface ContrastProblem {
  text: string;
  ratio: number;
  required: number;
  color: string;
  background: string;
  where: string;
}

export interface LabelProblem {
  visible: string;
  name: string;
  where: string;
}

export interface OverflowProblem {
  scrollWidth: number;
  clientWidth: number;
  widest: string[];
}

/**
 * Every visible text node with Arabic letters: its colour against the background it stands on
 * (the first opaque background up its ancestors, the translucent ones above it composited in),
 * WCAG 2 contrast ≥ 4.5:1, or 3:1 for large text (≥ 24px, or ≥ 18.66px bold).
 */
export function arabicContrast(): ContrastProblem[] {
  const arabic = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
  type Rgba = [number, number, number, number];
  // the browser's own colour parser: Tailwind 4 writes oklch(), which a canvas turns into sRGB
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
  const cache = new Map<string, Rgba>();
  const parse = (css: string): Rgba => {
    let hit = cache.get(css);
    if (!hit) {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "rgba(0,0,0,0)";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      hit = [r, g, b, a / 255];
      cache.set(css, hit);
    }
    return hit;
  };
  const over = (top: Rgba, under: Rgba): Rgba => {
    const a = top[3] + under[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = ([r, g, b]: Rgba) => {
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratioOf = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const describe = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      const cls = typeof e.className === "string" ? e.className.trim().split(/\s+/).slice(0, 4).join(".") : "";
      parts.unshift(e.tagName.toLowerCase() + (cls ? `.${cls}` : ""));
    }
    return parts.join(" > ");
  };
  /** The backgrounds under an element, top first, down to the first opaque one (or the canvas). */
  const backgrounds = (el: Element): Rgba[][] => {
    const layers: Rgba[][] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      const stops = style.backgroundImage.match(/(?:rgba?|oklch|oklab|lab|lch|hsla?|color)\([^()]*\)|#[0-9a-f]{3,8}\b/gi);
      const color = parse(style.backgroundColor);
      const layer = stops && /gradient/.test(style.backgroundImage) ? stops.map((s) => over(parse(s), color)) : [color];
      if (layer.some((c) => c[3] > 0)) layers.push(layer);
      if (layer.every((c) => c[3] >= 1)) return layers;
    }
    layers.push([[255, 255, 255, 1]]);
    return layers;
  };
  const problems: ContrastProblem[] = [];
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim() ?? "";
    const el = node.parentElement;
    if (!text || !arabic.test(text) || !el || seen.has(el)) continue;
    seen.add(el);
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    // WCAG 1.4.3 asks nothing of a control that cannot be used (a disabled button, greyed)
    if (el.closest(":disabled, [aria-disabled=true]")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    // the visually hidden (sr-only: 1px, clipped) are read, not seen
    if (![...range.getClientRects()].some((r) => r.width > 1 && r.height > 1)) continue;
    const style = getComputedStyle(el);
    let opacity = 1;
    for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    const fg = parse(style.color);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const required = large ? 3 : 4.5;
    // the backgrounds composited bottom up; a gradient is judged at its worst stop
    let bases: Rgba[] = [[255, 255, 255, 1]];
    for (const layer of backgrounds(el).reverse()) bases = layer.flatMap((c) => bases.map((b) => over(c, b)));
    let worst = Infinity;
    let worstBg = bases[0];
    for (const bg of bases) {
      const ratio = ratioOf(over([fg[0], fg[1], fg[2], fg[3] * opacity], bg), bg);
      if (ratio < worst) [worst, worstBg] = [ratio, bg];
    }
    if (worst < required - 0.005) {
      problems.push({
        text: text.slice(0, 60),
        ratio: Math.round(worst * 100) / 100,
        required,
        color: style.color,
        background: `rgb(${worstBg.slice(0, 3).map(Math.round).join(" ")})`,
        where: describe(el),
      });
    }
  }
  return problems;
}

/**
 * WCAG 2.5.3 label in name: a button or link named by aria-label whose visible text is Arabic must
 * carry that visible text in its name, so that a voice user who says what they see reaches it.
 */
export function arabicLabelInName(): LabelProblem[] {
  const arabic = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
  // WCAG's understanding of 2.5.3: punctuation and symbols may be ignored in the comparison
  const norm = (s: string) =>
    s
      .replace(/[\p{P}\u200c-\u200f]+/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
      .toLowerCase();
  // an SVG link shows its <text>, not its <title> (the tooltip, read as its description), one
  // line per <tspan>
  const shown = (el: HTMLElement | SVGElement) => {
    if (el instanceof HTMLElement) return el.innerText;
    const lines = [...el.querySelectorAll("text")].flatMap((t) => (t.querySelector("tspan") ? [...t.querySelectorAll("tspan")] : [t]));
    return lines.map((t) => t.textContent ?? "").join(" ");
  };
  const problems: LabelProblem[] = [];
  for (const el of document.querySelectorAll<HTMLElement | SVGElement>("a[href][aria-label], button[aria-label], [role=button][aria-label], [role=link][aria-label]")) {
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    const visible = norm(shown(el));
    const name = norm(el.getAttribute("aria-label") ?? "");
    if (visible && arabic.test(visible) && !name.includes(visible)) {
      problems.push({ visible, name, where: `${el.tagName.toLowerCase()}[aria-label="${name}"]` });
    }
  }
  return problems;
}

/** Whether the page scrolls sideways, and if so the outermost elements that stick out of it. */
export function horizontalOverflow(): OverflowProblem | null {
  const root = document.documentElement;
  const { scrollWidth, clientWidth } = root;
  if (scrollWidth <= clientWidth) return null;
  const widest: string[] = [];
  const outside = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && (r.right > clientWidth + 0.5 || r.left < -0.5);
  };
  // the innermost elements that stick out: the button or table to fix, not the page around it
  const visit = (el: Element): boolean => {
    let found = false;
    for (const child of el.children) {
      if (widest.length >= 6) return true;
      if (visit(child)) found = true;
      else if (outside(child)) {
        const r = child.getBoundingClientRect();
        const cls = typeof child.className === "string" ? child.className.trim().split(/\s+/).slice(0, 5).join(".") : "";
        const text = (child as HTMLElement).innerText?.trim().slice(0, 40) ?? "";
        widest.push(`${child.tagName.toLowerCase()}${cls ? `.${cls}` : ""} [${Math.round(r.left)}, ${Math.round(r.right)}] "${text}"`);
        found = true;
      }
    }
    return found;
  };
  visit(document.body);
  return { scrollWidth, clientWidth, widest };
}
