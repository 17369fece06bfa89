"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"
import ProductImage from "./ProductImage"

export default function ProductGallery({ images, title }: { images: string[]; title: string }) {
  const t = useTranslations("Product")
  const [active, setActive] = useState(0)
  const current = images[active]

  return (
    <section aria-label={t("gallery")} data-testid="product-gallery" className="flex flex-col gap-3">
      <div className="overflow-hidden rounded-lg border border-gray-200 bg-white">
        <ProductImage
          src={current}
          alt={t("imageAlt", { title, index: active + 1 })}
          placeholder={t("noImage")}
          loading="eager"
          className="aspect-square w-full"
        />
      </div>
      {images.length > 1 && (
        <ul className="flex gap-2 overflow-x-auto pb-1">
          {images.map((url, i) => (
            <li key={`${i}-${url}`} className="shrink-0">
              <button
                type="button"
                onClick={() => setActive(i)}
                aria-label={t("showImage", { index: i + 1 })}
                aria-pressed={i === active}
                className={`block h-16 w-16 overflow-hidden rounded-md border-2 bg-white md:h-20 md:w-20 ${
                  i === active ? "border-brand-600" : "border-gray-200 hover:border-gray-400"
                }`}
              >
                <ProductImage src={url} alt="" placeholder="" className="h-full w-full" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
