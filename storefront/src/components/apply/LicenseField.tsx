"use client"

import { useState, type ChangeEvent } from "react"
import { useTranslations } from "next-intl"
import { LICENSE_ACCEPT, formatFileSize, licenseProblem } from "@/lib/apply/fields"
import FieldHint from "./FieldHint"

type Props = {
  id: string
  label: string
  error?: string
  /** When the section title already says it: the label stays for screen readers only. */
  hideLabel?: boolean
  /** Called when a file is picked, so the form can drop a stale error. */
  onPick?: () => void
}

// The size and extension are checked here as a hint; the backend checks the
// file's content, which is what counts.
export default function LicenseField({ id, label, error, hideLabel = false, onPick }: Props) {
  const t = useTranslations("Apply")
  const [file, setFile] = useState<{ name: string; size: number } | null>(null)
  const problem = file ? licenseProblem(file) : null
  const warning =
    problem === "tooLarge" ? t("errors.licenseTooLarge") : problem === "extension" ? t("errors.licenseExtension") : null
  const errorId = `${id}-error`
  const hintId = `${id}-hint`

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0]
    setFile(picked ? { name: picked.name, size: picked.size } : null)
    onPick?.()
  }

  return (
    <div className="flex min-w-0 flex-col gap-1.5 md:col-span-2" data-field="license">
      <span id={`${id}-label`} className={hideLabel ? "sr-only" : "text-sm font-medium text-gray-800"}>
        {label}
      </span>
      <div
        className={`flex flex-wrap items-center gap-3 rounded-lg border border-dashed bg-gray-50 p-3 ${
          error ? "border-red-500" : "border-gray-300"
        }`}
      >
        <input
          id={id}
          name="license"
          type="file"
          accept={LICENSE_ACCEPT}
          onChange={onChange}
          aria-labelledby={`${id}-label`}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorId : null, hintId].filter(Boolean).join(" ")}
          className="peer sr-only"
          data-testid="license-input"
        />
        <label
          htmlFor={id}
          className="inline-flex h-11 shrink-0 cursor-pointer items-center rounded-lg border border-brand-600 bg-white px-4 text-sm font-medium text-brand-600 hover:bg-brand-50 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700"
        >
          {file ? t("licenseChange") : t("licenseChoose")}
        </label>
        <span className="min-w-0 flex-1 break-all text-sm text-gray-700" data-testid="license-file" aria-live="polite">
          {file ? t("licenseSelected", { name: file.name, size: formatFileSize(file.size) }) : t("licenseNone")}
        </span>
      </div>
      {error && (
        <p id={errorId} className="text-sm text-red-600">
          {error}
        </p>
      )}
      <FieldHint id={hintId} text={warning ?? t("hints.license")} warn={!!warning} />
    </div>
  )
}
