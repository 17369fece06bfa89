import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

/** Session secrets generated once per checkout and kept in the git-ignored data folder. */
export function localSecrets(dataDir) {
  const file = path.join(dataDir, "secrets.json")
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8"))
  const secrets = {
    jwt: crypto.randomBytes(32).toString("hex"),
    cookie: crypto.randomBytes(32).toString("hex"),
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
