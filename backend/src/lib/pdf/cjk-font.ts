import { existsSync } from "fs"
import PDFDocument from "pdfkit"

/** A font file and, for a collection (.ttc), the PostScript name of the face to use. */
export type FontFace = { path: string; face?: string }
export type CjkFont = { regular: FontFace; bold: FontFace }

// pdfkit's built-in fonts have no Chinese glyphs: without one of these every
// character would print as an empty box. Simplified Chinese faces first.
const CANDIDATES: { regular: string; bold?: string }[] = [
  // Debian/Ubuntu fonts-noto-cjk (what .ci/run installs)
  { regular: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular", bold: "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc#NotoSansCJKsc-Bold" },
  // Fedora google-noto-sans-cjk-fonts, Arch noto-fonts-cjk
  { regular: "/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular", bold: "/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Bold.ttc#NotoSansCJKsc-Bold" },
  { regular: "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular", bold: "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc#NotoSansCJKsc-Bold" },
  // Alpine font-noto-cjk
  { regular: "/usr/share/fonts/noto/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular", bold: "/usr/share/fonts/noto/NotoSansCJK-Bold.ttc#NotoSansCJKsc-Bold" },
  { regular: "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc#WenQuanYiMicroHei" },
  { regular: "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYiZenHei" },
  // macOS and Windows, for developers' machines
  { regular: "/System/Library/Fonts/PingFang.ttc#PingFangSC-Regular", bold: "/System/Library/Fonts/PingFang.ttc#PingFangSC-Semibold" },
  { regular: "/System/Library/Fonts/STHeiti Light.ttc#STHeitiSC-Light", bold: "/System/Library/Fonts/STHeiti Medium.ttc#STHeitiSC-Medium" },
  { regular: "C:\\Windows\\Fonts\\msyh.ttc#MicrosoftYaHei", bold: "C:\\Windows\\Fonts\\msyhbd.ttc#MicrosoftYaHei-Bold" },
]

/** "path#Face" → { path, face }; a .ttc without a face gets Noto's Simplified Chinese one. */
export function parseFace(spec: string): FontFace {
  const hash = spec.lastIndexOf("#")
  const path = hash > 0 ? spec.slice(0, hash) : spec
  const face = hash > 0 ? spec.slice(hash + 1) : /\.ttc$/i.test(spec) ? "NotoSansCJKsc-Regular" : undefined
  return { path, face }
}

/**
 * True when pdfkit can load the face and it has Chinese glyphs: a wrong face
 * name or a Latin-only font would otherwise give a PDF of empty boxes.
 */
function usable(f: FontFace): boolean {
  if (!existsSync(f.path)) return false
  try {
    const doc = new PDFDocument({ autoFirstPage: false })
    doc.font(f.path, f.face as string)
    // pdfkit keeps the fontkit font on `_font.font`; if that ever moves, loading without error is the check.
    const fontkit = (doc as any)._font?.font
    return typeof fontkit?.hasGlyphsForString === "function" ? fontkit.hasGlyphsForString("对账单经销商") : true
  } catch {
    return false
  }
}

const found = new Map<string, CjkFont>()

/**
 * The Chinese font for generated PDFs, or null when the server has none.
 * PDF_CJK_FONT ("/path/font.ttf" or "/path/fonts.ttc#PostScriptName") replaces
 * the search, so a misconfigured override is reported rather than hidden.
 * Successes are remembered per setting (checking opens a ~20 MB file); misses
 * are not, so installing the font works without a restart.
 */
export function findCjkFont(env: string | undefined = process.env.PDF_CJK_FONT): CjkFont | null {
  const key = env?.trim() || ""
  const cached = found.get(key)
  if (cached) return cached
  const candidates = key ? [{ regular: key }] : CANDIDATES
  for (const c of candidates) {
    const regular = parseFace(c.regular)
    if (!usable(regular)) continue
    const bold = c.bold && usable(parseFace(c.bold)) ? parseFace(c.bold) : regular
    const font = { regular, bold }
    found.set(key, font)
    return font
  }
  return null
}

/** The refusal when no font is found, in both languages (the route answers 503 with it). */
export const FONT_MISSING = {
  code: "pdf_font_missing",
  zh: "暂时无法生成 PDF：服务器未安装中文字体（Noto Sans CJK），请联系平台管理员。",
  en: "The PDF cannot be made right now: the server has no Chinese font (Noto Sans CJK). Please contact the platform administrator.",
}
