"use client"

import { useState } from "react"
import { ImageIcon } from "@/components/common/icons"

type Props = {
  src: string | null | undefined
  alt: string
  placeholder: string
  className?: string
  loading?: "lazy" | "eager"
}

// Plain <img>: images are absolute URLs on the Medusa backend (any host), and
// next/image would need that host whitelisted at build time. Client-side only
// to swap in the placeholder when a URL is missing or fails to load.
export default function ProductImage({ src, alt, placeholder, className = "", loading = "lazy" }: Props) {
  const [failed, setFailed] = useState(false)

  if (!src || failed) {
    return (
      <div
        role="img"
        aria-label={placeholder}
        className={`flex flex-col items-center justify-center gap-1 bg-gray-100 text-gray-400 ${className}`}
      >
        <ImageIcon width={32} height={32} />
        <span className="text-xs">{placeholder}</span>
      </div>
    )
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt={alt}
      loading={loading}
      decoding="async"
      onError={() => setFailed(true)}
      className={`bg-gray-50 object-contain ${className}`}
    />
  )
}
