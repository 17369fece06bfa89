import { TEXT_FIELDS, normalizeUscc, type TextField } from "./fields"

/** The text fields of a submitted form, trimmed; the USCC upper-cased as the backend stores it. */
export function readTextFields(data: FormData): Partial<Record<TextField, string>> {
  const values: Partial<Record<TextField, string>> = {}
  for (const field of TEXT_FIELDS) {
    const raw = data.get(field)
    if (typeof raw !== "string") continue
    values[field] = field === "uscc" ? normalizeUscc(raw) : raw.trim()
  }
  return values
}

/** A real uploaded file, or null for an empty file input. */
export function readFile(data: FormData, name: string): File | null {
  const file = data.get(name)
  return file instanceof File && file.size > 0 ? file : null
}
