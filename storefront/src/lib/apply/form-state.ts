import type { ApplyField, TextField } from "./fields"

/** What the apply and resubmit actions hand back to their forms. */
export type FormState = {
  errors: Partial<Record<ApplyField, string>>
  /** A message for the whole form (shown above the submit button). */
  formError?: string
  /** The e-mail belongs to an existing login: offer the sign-in link. */
  emailTaken?: boolean
  /** The user's input, so nothing typed is lost when the server refuses. */
  values: Partial<Record<TextField, string>>
}

export const EMPTY_FORM_STATE: FormState = { errors: {}, values: {} }
