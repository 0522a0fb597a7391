import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { paperAssignees, workingPapers } from "@/db/schema";
import { GET } from "@/app/api/papers/[paperId]/versions/[version]/attachment/route";
import { demo, signInAs } from "@/tests/helpers";
import { approvePaper, submitPaper } from "./actions";
import { attachmentKindOf, cleanFileName, sniffAttachment } from "./attachment";
import { makeMemberAccount, makeSession, makeWorkshop, memberIdOf } from "@/tests/fixtures/papers";

process.env.STORAGE_DIR = mkdtempSync(path.join(os.tmpdir(), "papers-download-"));

const pdf = Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");

describe("recognising an attachment", () => {
  it("goes by the first bytes, and wants the name to agree", () => {
    expect(sniffAttachment(pdf)).toBe("pdf");
    expect(sniffAttachment(Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.from("[Content_Types].xml word/document.xml")]))).toBe("docx");
    expect(sniffAttachment(Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.from("[Content_Types].xml xl/workbook.xml")]))).toBeNull();
    expect(sniffAttachment(Buffer.from("MZ\x90\x00"))).toBeNull();
    expect(attachmentKindOf("ورقة.PDF", pdf)).toBe("pdf");
    expect(attachmentKindOf("ورقة.exe", pdf)).toBeNull();
    expect(cleanFileName('..\\..\\evil"\n.pdf')).toBe("evil.pdf");
  });
});

describe("downloading an attachment", () => {
  it("serves the approved file to the workshop's participants, not to other members", async () => {
    const reader = await makeMemberAccount("reader@example.org");
    const stranger = await makeMemberAccount("stranger@example.org");
    const session = await makeSession({ status: "convened", startsOn: "2027-03-06" });
    const workshop = await makeWorkshop(session, { participants: [reader.memberId] });
    const [paper] = await db.insert(workingPapers).values({ workshopId: workshop.id, title: "ورقة", dueOn: "2027-03-01" }).returning();
    await db.insert(paperAssignees).values({ paperId: paper.id, memberId: await memberIdOf(demo.member) });
    const download = () => GET(new Request("http://localhost/x"), { params: Promise.resolve({ paperId: String(paper.id), version: "1" }) });

    await signInAs(demo.member);
    expect((await submitPaper(null, { paperId: paper.id, body: "نص", version: 1, attachment: new File([pdf], "الورقة.pdf") })).ok).toBe(true);
    const mine = await download();
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-type")).toBe("application/pdf");
    expect(mine.headers.get("content-disposition")).toContain("filename*=UTF-8''%D8%A7%D9%84%D9%88%D8%B1%D9%82%D8%A9.pdf");
    expect(Buffer.from(await mine.arrayBuffer()).equals(pdf)).toBe(true);

    await signInAs("reader@example.org");
    expect((await download()).status).toBe(404);

    await signInAs(demo.bureau);
    expect((await download()).status).toBe(200);
    expect((await approvePaper(null, { paperId: paper.id })).ok).toBe(true);

    await signInAs("reader@example.org");
    expect((await download()).status).toBe(200);
    await signInAs("stranger@example.org");
    expect((await download()).status).toBe(404);
    expect(stranger.memberId).not.toBe(reader.memberId);
    await signInAs(null);
    expect((await download()).status).toBe(401);
  });
});
