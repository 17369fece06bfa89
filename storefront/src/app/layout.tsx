import type { ReactNode } from "react"

// <html> lives in [locale]/layout.tsx so `lang` follows the locale. This
// pass-through exists only because app/not-found.tsx needs a root layout.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
