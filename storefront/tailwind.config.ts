import type { Config } from "tailwindcss"

const config: Config = {
  content: ["./src/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        // Deep red: the colour Chinese B2B buyers associate with purchasing
        // portals (JD enterprise, 订货宝); white text on 600+ passes WCAG AA.
        brand: {
          50: "#fdf3f3",
          100: "#fbe4e4",
          200: "#f7cdcd",
          300: "#f0a8a8",
          400: "#e57575",
          500: "#d64a4a",
          600: "#b8282d",
          700: "#9c1f24",
          800: "#821d21",
          900: "#6c1d20",
        },
      },
      fontFamily: {
        sans: [
          '"PingFang SC"',
          '"Noto Sans CJK SC"',
          '"Microsoft YaHei"',
          "sans-serif",
        ],
      },
      maxWidth: {
        page: "1240px",
      },
    },
  },
  plugins: [],
}

export default config
