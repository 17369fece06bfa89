/** What an applicant tells us about the company, after validation and normalisation. */
export type DealerApplication = {
  company_name: string
  uscc: string
  uscc_checksum_ok: boolean
  contact_name: string
  mobile: string
  email: string
  province: string
  city: string
  district: string
  address: string
}
