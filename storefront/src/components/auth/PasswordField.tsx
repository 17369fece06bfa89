"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"
import { EyeIcon, EyeOffIcon } from "@/components/common/icons"
import TextField from "./TextField"

type Props = Omit<Parameters<typeof TextField>[0], "type" | "trailing">

// Show/hide matters on phones, where typing a password blind is error-prone.
export default function PasswordField(props: Props) {
  const t = useTranslations("SignIn")
  const [visible, setVisible] = useState(false)
  return (
    <TextField
      {...props}
      type={visible ? "text" : "password"}
      trailing={
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          aria-label={visible ? t("hidePassword") : t("showPassword")}
          aria-controls={props.id}
          aria-pressed={visible}
          className="flex h-12 w-12 shrink-0 items-center justify-center rounded-lg border border-gray-300 text-gray-600 hover:border-brand-600 hover:text-brand-600"
        >
          {visible ? <EyeOffIcon /> : <EyeIcon />}
        </button>
      }
    />
  )
}
