/**
 * Generated product pictures for the demo catalog: self-contained 800×800 SVG tiles
 * (no external fonts, images or URLs). The package silhouette is picked from the
 * specification text (瓶 → bottle, 罐 → can, 桶 → jug, 袋/包 → bag, 卷 → roll, else box).
 */

export type ProductImageInput = { title: string; subtitle: string; hue: number; glyph: string }
export type PackageShape = "bottle" | "can" | "jug" | "bag" | "roll" | "box"

const SIZE = 800
const FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) =>
    c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : c === '"' ? "&quot;" : "&apos;"
  )
}

export function demoImageFileName(handle: string, index: number): string {
  return `${handle}-${index}.svg`
}

/** Picks a package silhouette from the first container word in the specification. */
export function packageShape(spec: string): PackageShape {
  for (const ch of spec) {
    switch (ch) {
      case "瓶":
        return "bottle"
      case "罐":
        return "can"
      case "桶":
        // 5L oil / water jugs vs. cup noodles "110g×12桶/箱"
        return /\d(?:\.\d+)?\s*(?:L|升|kg)/i.test(spec) ? "jug" : "can"
      case "袋":
      case "包":
        return "bag"
      case "卷":
        return "roll"
      case "盒":
      case "箱":
      case "件":
      case "条":
      case "支":
      case "块":
      case "颗":
      case "抽":
      case "份":
        return "box"
    }
  }
  return "box"
}

const hsl = (h: number, s: number, l: number) => `hsl(${((Math.round(h) % 360) + 360) % 360},${s}%,${l}%)`

type Palette = { main: string; dark: string; light: string; ink: string; bgFrom: string; bgTo: string }

function palette(hue: number): Palette {
  // Yellows turn muddy at the common lightness; lift them a little.
  const yellow = hue >= 38 && hue <= 72
  return {
    main: yellow ? hsl(hue, 72, 52) : hsl(hue, 62, 48),
    dark: hsl(hue, 60, 34),
    light: hsl(hue, 70, 66),
    ink: hsl(hue, 65, 28),
    bgFrom: hsl(hue, 75, 95),
    bgTo: hsl(hue, 55, 80),
  }
}

/** Rough text width in em: CJK and other wide characters count 1, ASCII about 0.56. */
function widthEm(text: string): number {
  let w = 0
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 && ch !== "×" ? 0.56 : 1
  return w
}

function fitFont(text: string, maxWidth: number, max: number, min: number): number {
  const em = widthEm(text) || 1
  return Math.max(min, Math.min(max, Math.floor(maxWidth / em)))
}

/** Shortens text that would not fit even at the minimum size. */
function clip(text: string, maxWidth: number, size: number): string {
  const chars = [...text]
  if (widthEm(text) * size <= maxWidth) return text
  while (chars.length > 1 && (widthEm(chars.join("")) + 1) * size > maxWidth) chars.pop()
  return chars.join("") + "…"
}

type Box = { cx: number; cy: number; w: number; h: number }

function glyphText(glyph: string, box: Box, fill: string): string {
  const n = Math.max(1, [...glyph].length)
  const size = Math.floor(Math.min(box.h * 0.86, (box.w * 0.92) / n))
  return `<text x="${box.cx}" y="${box.cy}" text-anchor="middle" dominant-baseline="central" font-size="${size}" font-weight="700" fill="${fill}">${escapeXml(glyph)}</text>`
}

function zigzag(x1: number, x2: number, y: number, depth: number, tooth = 12): string {
  let d = ""
  for (let x = x1; x < x2; x += tooth) {
    d += ` L${Math.min(x + tooth / 2, x2)},${y + depth} L${Math.min(x + tooth, x2)},${y}`
  }
  return d
}

function packageSvg(shape: PackageShape, c: Palette): { svg: string; label: Box } {
  const shine = `fill="#fff" fill-opacity="0.28"`
  switch (shape) {
    case "bottle":
      return {
        svg: [
          `<rect x="360" y="84" width="80" height="46" rx="9" fill="${c.dark}"/>`,
          `<rect x="360" y="112" width="80" height="6" fill="#000" fill-opacity="0.15"/>`,
          `<path d="M370,128 H430 V168 C430,200 512,212 512,262 V528 Q512,566 474,566 H326 Q288,566 288,528 V262 C288,212 370,200 370,168 Z" fill="${c.main}"/>`,
          `<rect x="304" y="268" width="18" height="262" rx="9" ${shine}/>`,
          `<rect x="288" y="318" width="224" height="176" fill="#fff" fill-opacity="0.94"/>`,
          `<rect x="288" y="318" width="224" height="10" fill="${c.light}"/>`,
          `<rect x="288" y="484" width="224" height="10" fill="${c.light}"/>`,
        ].join(""),
        label: { cx: 400, cy: 406, w: 204, h: 140 },
      }
    case "can":
      return {
        svg: [
          `<path d="M284,168 V544 A116,24 0 0 0 516,544 V168 Z" fill="${c.main}"/>`,
          `<path d="M284,262 A116,24 0 0 0 516,262 V446 A116,24 0 0 1 284,446 Z" fill="#fff" fill-opacity="0.94"/>`,
          `<rect x="300" y="186" width="16" height="356" rx="8" ${shine}/>`,
          `<ellipse cx="400" cy="168" rx="116" ry="24" fill="#e6e8ec" stroke="#b9bec7" stroke-width="4"/>`,
          `<ellipse cx="400" cy="168" rx="92" ry="17" fill="#d3d7de"/>`,
          `<rect x="372" y="158" width="56" height="16" rx="8" fill="#b9bec7"/>`,
        ].join(""),
        label: { cx: 400, cy: 362, w: 210, h: 150 },
      }
    case "jug":
      return {
        svg: [
          `<path d="M440,200 V154 Q440,126 468,126 H502 Q530,126 530,154 V200" fill="none" stroke="${c.dark}" stroke-width="26" stroke-linejoin="round"/>`,
          `<rect x="286" y="176" width="62" height="30" rx="6" fill="${c.dark}"/>`,
          `<rect x="280" y="136" width="74" height="46" rx="9" fill="${c.dark}"/>`,
          `<path d="M258,236 Q258,196 298,196 H514 Q554,196 554,236 V524 Q554,566 512,566 H300 Q258,566 258,524 Z" fill="${c.main}"/>`,
          `<rect x="274" y="226" width="16" height="300" rx="8" ${shine}/>`,
          `<rect x="282" y="292" width="248" height="200" rx="16" fill="#fff" fill-opacity="0.94"/>`,
        ].join(""),
        label: { cx: 406, cy: 392, w: 224, h: 160 },
      }
    case "bag":
      return {
        svg: [
          `<path d="M270,150 C252,300 252,420 270,548 H530 C548,420 548,300 530,150 Z" fill="${c.main}"/>`,
          `<path d="M262,156 V126${zigzag(262, 538, 126, -10)} V156 Z" fill="${c.dark}"/>`,
          `<path d="M266,540 V570${zigzag(266, 534, 570, 10)} V540 Z" fill="${c.dark}"/>`,
          `<path d="M290,180 C278,300 278,420 290,520" fill="none" stroke="#fff" stroke-opacity="0.3" stroke-width="14" stroke-linecap="round"/>`,
          `<circle cx="400" cy="352" r="112" fill="#fff" fill-opacity="0.94"/>`,
          `<circle cx="400" cy="352" r="112" fill="none" stroke="${c.light}" stroke-width="8"/>`,
        ].join(""),
        label: { cx: 400, cy: 352, w: 180, h: 150 },
      }
    case "roll":
      return {
        svg: [
          `<path d="M280,196 V540 A120,26 0 0 0 520,540 V196 Z" fill="${c.main}"/>`,
          `<rect x="296" y="214" width="16" height="320" rx="8" ${shine}/>`,
          `<rect x="280" y="290" width="240" height="180" fill="#fff" fill-opacity="0.94"/>`,
          `<ellipse cx="400" cy="196" rx="120" ry="26" fill="#fafafa" stroke="#d9dde3" stroke-width="4"/>`,
          `<ellipse cx="400" cy="196" rx="84" ry="18" fill="none" stroke="#e5e7eb" stroke-width="3"/>`,
          `<ellipse cx="400" cy="196" rx="34" ry="8" fill="${c.dark}"/>`,
        ].join(""),
        label: { cx: 400, cy: 380, w: 216, h: 150 },
      }
    case "box":
    default:
      return {
        svg: [
          `<polygon points="240,222 500,222 560,172 300,172" fill="${c.light}"/>`,
          `<polygon points="500,222 560,172 560,512 500,562" fill="${c.dark}"/>`,
          `<rect x="240" y="222" width="260" height="340" fill="${c.main}"/>`,
          `<rect x="262" y="300" width="216" height="184" rx="14" fill="#fff" fill-opacity="0.94"/>`,
          `<rect x="240" y="246" width="260" height="14" fill="#fff" fill-opacity="0.3"/>`,
        ].join(""),
        label: { cx: 370, cy: 392, w: 200, h: 160 },
      }
  }
}

function frame(c: Palette, body: string, title: string, spec: string): string {
  const titleSize = fitFont(title, 720, 54, 30)
  const specSize = fitFont(spec, 720, 32, 20)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" font-family="${FONT}">`,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">`,
    `<stop offset="0" stop-color="${c.bgFrom}"/><stop offset="1" stop-color="${c.bgTo}"/>`,
    `</linearGradient></defs>`,
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>`,
    `<circle cx="660" cy="120" r="230" fill="#fff" fill-opacity="0.22"/>`,
    `<circle cx="90" cy="560" r="140" fill="#fff" fill-opacity="0.16"/>`,
    `<ellipse cx="400" cy="588" rx="190" ry="20" fill="#000" fill-opacity="0.12"/>`,
    body,
    `<rect y="616" width="${SIZE}" height="${SIZE - 616}" fill="#fff" fill-opacity="0.9"/>`,
    `<rect x="40" y="616" width="72" height="6" rx="3" fill="${c.main}"/>`,
    `<text x="400" y="694" text-anchor="middle" font-size="${titleSize}" font-weight="700" fill="#1f2328">${escapeXml(clip(title, 720, titleSize))}</text>`,
    `<text x="400" y="752" text-anchor="middle" font-size="${specSize}" fill="${c.ink}">${escapeXml(clip(spec, 720, specSize))}</text>`,
    `</svg>`,
  ].join("")
}

/** Front view: the package silhouette with the glyph on its label, title and spec below. */
export function productImageSvg(p: ProductImageInput): string {
  const c = palette(p.hue)
  const { svg, label } = packageSvg(packageShape(p.subtitle), c)
  return frame(c, svg + glyphText(p.glyph, label, c.ink), p.title, p.subtitle)
}

/** Outer case view (整箱/整件), only meaningful for specs sold by the case or pack. */
export function productCaseSvg(p: ProductImageInput): string {
  const c = palette(p.hue)
  const kraft = { front: hsl(32, 46, 64), top: hsl(34, 52, 74), side: hsl(30, 42, 52) }
  const count = /×\s*(\d+)\s*([^\d×/\s]+)\s*\/\s*([箱件])\s*$/.exec(p.subtitle)
  const badge = count ? `${count[1]}${count[2]}/${count[3]}` : p.subtitle.slice(-1)
  const arrows = (x: number, y: number) =>
    `<path d="M${x},${y + 40} V${y + 8} M${x - 10},${y + 18} L${x},${y + 6} L${x + 10},${y + 18} M${x + 26},${y + 40} V${y + 8} M${x + 16},${y + 18} L${x + 26},${y + 6} L${x + 36},${y + 18}" stroke="#3b2a1a" stroke-opacity="0.55" stroke-width="5" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`
  const body = [
    `<polygon points="170,250 530,250 630,180 270,180" fill="${kraft.top}"/>`,
    `<polygon points="350,250 450,180 488,180 388,250" fill="#d8b98f" fill-opacity="0.8"/>`,
    `<polygon points="530,250 630,180 630,500 530,570" fill="${kraft.side}"/>`,
    `<rect x="170" y="250" width="360" height="320" fill="${kraft.front}"/>`,
    `<rect x="170" y="250" width="360" height="46" fill="${c.main}"/>`,
    `<rect x="170" y="524" width="360" height="46" fill="${c.main}"/>`,
    arrows(564, 300),
    glyphText(p.glyph, { cx: 350, cy: 408, w: 300, h: 190 }, c.dark),
    `<circle cx="560" cy="176" r="66" fill="${c.dark}"/>`,
    `<text x="560" y="176" text-anchor="middle" dominant-baseline="central" font-size="${fitFont(badge, 108, 30, 16)}" font-weight="700" fill="#fff">${escapeXml(badge)}</text>`,
  ].join("")
  return frame(c, body, p.title, `整${count?.[3] ?? "箱"} · ${p.subtitle}`)
}

/** 1–2 pictures per product: the front view, plus the outer case when sold by 箱/件. */
export function productImageSvgs(p: ProductImageInput): string[] {
  const images = [productImageSvg(p)]
  if (/\/\s*[箱件]\s*$/.test(p.subtitle)) images.push(productCaseSvg(p))
  return images
}
