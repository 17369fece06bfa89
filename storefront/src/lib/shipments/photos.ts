// Client-side only (canvas). Phone cameras take 3–8 MB photos; nine of them would
// pass neither the server action's 6 MB body limit (next.config.mjs) nor a
// warehouse's mobile data. A 1600 px JPEG still shows a crushed corner or a
// wrong label clearly and weighs a few hundred KB.

const MAX_EDGE = 1600
const QUALITY = 0.8
/** What the photos of one receipt may weigh together, under the 6 MB action limit with room for the lines. */
export const PHOTOS_BUDGET = 5.5 * 1024 * 1024

const KEPT_AS_IS = ["image/jpeg", "image/png"]
const asJpeg = (blob: Blob, file: File) => new File([blob], `${file.name.replace(/\.[^.]*$/, "") || "photo"}.jpg`, { type: "image/jpeg" })

/** The photo as a JPEG no larger than MAX_EDGE, or the original when the browser cannot decode it. */
export async function shrinkPhoto(file: File): Promise<File> {
  if (!file.type.startsWith("image/") || typeof createImageBitmap !== "function") return file
  try {
    // "from-image": phones store portrait shots sideways with an EXIF turn.
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" })
    const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement("canvas")
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    const ctx = canvas.getContext("2d")
    if (!ctx) return file
    ctx.fillStyle = "#fff" // transparent PNGs would turn black as JPEG
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    bitmap.close()
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", QUALITY))
    if (!blob) return file
    // A JPEG/PNG already smaller stays as is; anything else (WebP, HEIC) becomes a JPEG the backend accepts.
    const keep = KEPT_AS_IS.includes(file.type) && file.size <= blob.size
    return keep ? file : asJpeg(blob, file)
  } catch {
    return file
  }
}
