import { ReactNode, useEffect, useState } from "react"
import { createPortal } from "react-dom"

/*
 * The admin's sidebar, top bar and scrolling panes cannot be printed around reliably (their fixed
 * heights clip the page to one sheet). So the printable copy lives in its own element directly in
 * <body>, hidden on screen; when printing everything else in <body> is hidden instead.
 */
const PRINT_CSS = `
.dm-print-root { display: none; }
@media print {
  @page { size: A4; margin: 12mm; }
  html, body { height: auto !important; overflow: visible !important; background: #fff !important; }
  body > *:not(.dm-print-root) { display: none !important; }
  .dm-print-root { display: block !important; color: #000; font-size: 11pt; }
  .dm-print-root * { color: #000 !important; background: transparent !important; box-shadow: none !important; border-color: #555 !important; }
  .dm-print-root table { border-collapse: collapse; width: 100%; }
  .dm-print-root th, .dm-print-root td { border: 1px solid #444 !important; padding: 4px 6px; }
  .dm-print-root tr, .dm-print-root section { break-inside: avoid; }
}
`

export const PrintPortal = ({ children }: { children: ReactNode }) => {
  const [host, setHost] = useState<HTMLElement | null>(null)
  useEffect(() => {
    const el = document.createElement("div")
    el.className = "dm-print-root"
    el.setAttribute("data-testid", "print-root")
    document.body.appendChild(el)
    setHost(el)
    return () => el.remove()
  }, [])
  return (
    <>
      <style>{PRINT_CSS}</style>
      {host && createPortal(children, host)}
    </>
  )
}
