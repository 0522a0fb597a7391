"use client";

import ReactMarkdown from "react-markdown";
import { markdownComponents, remarkPlugins } from "./markdown-components";

/** The editor's preview: loaded only when the preview tab is first opened. */
export default function MarkdownPreview({ text }: { text: string }) {
  return <ReactMarkdown components={markdownComponents} remarkPlugins={remarkPlugins}>{text}</ReactMarkdown>;
}
