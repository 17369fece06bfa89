"use client"

import "./globals.css"

// Last resort when the locale layout itself fails; messages may be the thing
// that broke, so the text is inline and bilingual.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen items-center justify-center p-6 font-sans">
        <main className="text-center">
          <h1 className="text-2xl font-bold">暂时无法加载 · Something went wrong</h1>
          <p className="mt-3 text-gray-600">请稍后重试 · Please try again shortly.</p>
          <button
            type="button"
            onClick={reset}
            className="mt-6 h-12 rounded-lg bg-brand-600 px-6 font-semibold text-white"
          >
            重试 · Try again
          </button>
        </main>
      </body>
    </html>
  )
}
