import { getLocale, getTranslations } from "next-intl/server"
import { getPathname } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"

// PDFs are accepted as evidence too; an <img> cannot show them, so they get a tile.
const isPdf = (fileId: string) => /\.pdf$/i.test(fileId)

/** A line's photos as thumbnails, each opening full size in a new tab, through the case's token-forwarding route. */
export default async function CasePhotos({ caseId, photos }: { caseId: string; photos: string[] }) {
  const t = await getTranslations("AfterSales.detail")
  const locale = toLocale(await getLocale())
  const base = getPathname({ href: `/account/after-sales/${caseId}/photo`, locale })
  return (
    <ul className="grid grid-cols-4 gap-2 sm:grid-cols-6" aria-label={t("photos")} data-testid="case-photos">
      {photos.map((file, i) => {
        const src = `${base}?file=${encodeURIComponent(file)}`
        return (
          <li key={file} className="aspect-square overflow-hidden rounded-md border border-gray-200 bg-gray-100">
            <a href={src} target="_blank" rel="noopener" aria-label={t("photoLabel", { n: i + 1 })} className="block h-full w-full" data-testid="case-photo">
              {isPdf(file) ? (
                <span className="flex h-full w-full items-center justify-center text-sm font-semibold text-gray-600">PDF</span>
              ) : (
                // eslint-disable-next-line @next/next/no-img-element -- private, per-user files: nothing next/image may cache or resize
                <img src={src} alt="" loading="lazy" className="h-full w-full object-cover" />
              )}
            </a>
          </li>
        )
      })}
    </ul>
  )
}
