"use client"

import { useState, type ChangeEvent } from "react"
import { useTranslations } from "next-intl"
import { SLIP_ACCEPT, formatFileSize, slipProblem } from "@/lib/credit/slip-file"

/**
 * The remittance slip picker: a thumb-sized button, the chosen file's name
 * and size, and a warning before sending a file the backend would refuse
 * (the backend checks the content, which is what counts).
 */
export default function SlipFileField({ id, onPick }: { id: string; onPick?: () => void }) {
  const t = useTranslations("SlipForm")
  const [file, setFile] = useState<{ name: string; size: number } | null>(null)
  const problem = file ? slipProblem(file) : null
  const warning = problem === "tooLarge" ? t("errors.fileTooLarge") : problem === "extension" ? t("errors.fileType") : null

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0]
    setFile(picked ? { name: picked.name, size: picked.size } : null)
    onPick?.()
  }

  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <span id={`${id}-label`} className="text-sm font-medium text-gray-800">{t("file")}</span>
      <div className="flex flex-wrap items-center gap-3 rounded-lg border border-dashed border-gray-300 bg-gray-50 p-3">
        <input
          id={id}
          name="file"
          type="file"
          accept={SLIP_ACCEPT}
          onChange={onChange}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-hint`}
          className="peer sr-only"
          data-testid="slip-file-input"
        />
        <label
          htmlFor={id}
          className="inline-flex h-11 shrink-0 cursor-pointer items-center rounded-lg border border-brand-600 bg-white px-4 text-sm font-medium text-brand-600 hover:bg-brand-50 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700"
        >
          {file ? t("change") : t("choose")}
        </label>
        <span className="min-w-0 flex-1 break-all text-sm text-gray-700" data-testid="slip-file-name" aria-live="polite">
          {file ? t("selected", { name: file.name, size: formatFileSize(file.size) }) : t("none")}
        </span>
      </div>
      <p id={`${id}-hint`} className={`text-xs ${warning ? "text-red-700" : "text-gray-500"}`}>{warning ?? t("fileHint")}</p>
    </div>
  )
}
