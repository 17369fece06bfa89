const COLORS = { db: 35, backend: 36, storefront: 32, dealermall: 33, test: 34 }

/** Prefixes each line of a child's output so several processes can share one terminal. */
export function prefixed(name) {
  const color = COLORS[name] ?? 37
  const tag = process.stdout.isTTY ? `\x1b[${color}m[${name}]\x1b[0m ` : `[${name}] `
  let pending = ""
  return (chunk) => {
    pending += chunk.toString()
    const lines = pending.split("\n")
    pending = lines.pop()
    for (const line of lines) process.stdout.write(tag + line + "\n")
  }
}

export const say = prefixed("dealermall")
export const info = (msg) => say(msg + "\n")
