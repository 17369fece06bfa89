import { checkUscc, usccCheckCharacter } from "../uscc"
import { normalizeMobile } from "../mobile"
import { canTransition, DEALER_ACTIONS, TRANSITIONS } from "../transitions"
import { DEALER_STATUSES } from "../models/dealer"

describe("Unified Social Credit Code", () => {
  it("accepts published codes of real companies with a correct check character", () => {
    for (const code of ["9144030071526726XG", "91110000802100433B", "91330100799655058B"]) {
      expect(checkUscc(code)).toEqual({ ok: true, code, checksumOk: true })
    }
  })

  it("normalises case, spaces and dashes", () => {
    expect(checkUscc(" 9144 0300-71526726xg ")).toEqual({ ok: true, code: "9144030071526726XG", checksumOk: true })
  })

  it("accepts but flags a code whose only fault is the check character", () => {
    expect(checkUscc("9144030071526726XA")).toEqual({ ok: true, code: "9144030071526726XA", checksumOk: false })
  })

  it("computes the check character that makes a code valid", () => {
    const first17 = "91310115MA1K4ABCD"
    const code = first17 + usccCheckCharacter(first17)
    expect(checkUscc(code)).toMatchObject({ ok: true, checksumOk: true })
  })

  it("refuses malformed codes with the reason", () => {
    expect(checkUscc("91440300715267")).toEqual({ ok: false, reason: "length" })
    expect(checkUscc("9144030071526726XGG")).toEqual({ ok: false, reason: "length" })
    for (const bad of ["I", "O", "S", "V", "Z"]) {
      expect(checkUscc(`914403007152672${bad}XG`)).toEqual({ ok: false, reason: "charset" })
    }
    expect(checkUscc("91440300715267!6XG")).toEqual({ ok: false, reason: "charset" })
    expect(checkUscc("91A4030071526726XG")).toEqual({ ok: false, reason: "region" })
  })
})

describe("mainland mobile numbers", () => {
  it("accepts 11-digit numbers from 13 to 19, with or without +86", () => {
    expect(normalizeMobile("13812345678")).toBe("13812345678")
    expect(normalizeMobile("+86 138 1234 5678")).toBe("13812345678")
    expect(normalizeMobile("86-19912345678")).toBe("19912345678")
  })
  it("refuses anything else", () => {
    for (const bad of ["12812345678", "1381234567", "138123456789", "021-12345678", "abc", ""]) {
      expect(normalizeMobile(bad)).toBeNull()
    }
  })
})

describe("dealer status transitions", () => {
  it("allow exactly the documented moves", () => {
    const allowed = DEALER_STATUSES.flatMap((s) =>
      DEALER_ACTIONS.filter((a) => canTransition(s, a)).map((a) => `${s}:${a}->${TRANSITIONS[a].to}`)
    )
    expect(allowed.sort()).toEqual(
      [
        "pending:approve->approved",
        "pending:reject->rejected",
        "pending:request_info->info_requested",
        "info_requested:approve->approved",
        "info_requested:reject->rejected",
        "info_requested:resubmit->pending",
        "approved:suspend->suspended",
        "suspended:reinstate->approved",
      ].sort()
    )
  })
})
