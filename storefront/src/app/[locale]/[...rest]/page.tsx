import { notFound } from "next/navigation"

// Unknown paths under a locale render the localized not-found page inside the
// site layout (the root not-found has no locale and no header).
export default function CatchAll() {
  notFound()
}
