"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"
import { maxLengthOf, normalizeUscc, usccHint } from "@/lib/apply/fields"
import HintedTextField from "./HintedTextField"

type Props = { id: string; defaultValue?: string; error?: string; wide?: boolean }

// Upper-cased as typed; the live hint (length, charset, check character) only
// advises: the backend decides, and flags a bad check character for review.
export default function UsccField({ id, defaultValue = "", error, wide }: Props) {
  const t = useTranslations("Apply")
  const [value, setValue] = useState(defaultValue)
  const problem = usccHint(value)
  const hint =
    problem === "charset"
      ? t("hints.usccCharset")
      : problem === "checksum"
        ? t("hints.usccChecksum")
        : problem === "length" && value.length > 18
          ? t("hints.usccLength")
          : t("hints.usccCount", { count: value.length })

  return (
    <HintedTextField
      id={id}
      name="uscc"
      label={t("fields.uscc")}
      placeholder={t("placeholders.uscc")}
      value={value}
      onChange={(e) => setValue(normalizeUscc(e.target.value))}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      maxLength={maxLengthOf("uscc") + 6}
      className="font-mono tracking-wide placeholder:font-sans placeholder:tracking-normal"
      error={error}
      hint={hint}
      hintWarn={problem === "charset" || problem === "checksum" || (problem === "length" && value.length > 18)}
      wide={wide}
      data-testid="uscc-input"
    />
  )
}
