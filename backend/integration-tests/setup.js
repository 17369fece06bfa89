const fs = require("fs")
const os = require("os")
const path = require("path")
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Uploaded test files (licences, slips, photos) go to a temporary folder, not
// backend/private-uploads: a `medusa develop` watching the source tree restarts
// on every file written there.
if (!process.env.PRIVATE_UPLOAD_DIR) {
  process.env.PRIVATE_UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "dealermall-test-uploads-"))
}
