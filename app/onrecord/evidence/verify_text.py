"""VERIFY.txt: how to check the package, in English and Chinese, with the tools at hand on
Linux, macOS and Windows (PowerShell and certutil come with Windows)."""

from __future__ import annotations

import datetime as dt

from ..localefmt import moment_text
from ..store.types import to_utc_text
from .selection import Selection, verify_note

#: Checks both SHA-256 manifests with Windows' own PowerShell (5.1 and 7 alike), pasted as is.
#: Every manifest line is "<sha256>  data/<path>" in UTF-8 without a byte order mark, which
#: Windows PowerShell 5.1 would read in the legacy code page (file names may be Chinese) unless
#: told "-Encoding UTF8"; "-split" limited to 2 parts keeps a name with two spaces whole; a
#: missing file has no hash, so it counts as a mismatch; "-ne" ignores case (Get-FileHash
#: prints upper-case hex, the manifest lower-case); "-LiteralPath" takes "[" and "]" in a name
#: as they are; ForEach-Object runs its block in the caller's scope, so $bad counts across
#: both manifests. A manifest that is not there (PowerShell opened one folder too high: Windows'
#: "Extract All" nests the package in a folder of the same name) counts as a problem, so the
#: block never ends "0" having checked nothing; it also says how many files it checked. Lines
#: break only after "{" or at a complete statement, so pasting the block line by line into the
#: console works as well as pasting it whole.
POWERSHELL = "\n".join(
    [
        "       $bad = 0; $checked = 0",
        '       foreach ($m in "manifest-sha256.txt", "tagmanifest-sha256.txt") {',
        '         if (-not (Test-Path -LiteralPath $m)) { $bad++; "MISSING: $m" }',
        "         Get-Content -Encoding UTF8 $m | ForEach-Object {",
        '           $h, $f = $_ -split "  ", 2',
        "           $checked++",
        "           if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -ne $h) "
        '{ $bad++; "MISMATCH: $f" }',
        "         }",
        "       }",
        '       "Files checked: $checked"',
        '       "Files that do not match: $bad"',
    ]
)
POWERSHELL_ALL_MATCH = "Files that do not match: 0"
#: One file's SHA-256 with certutil (cmd.exe or PowerShell), in the language's words for <file>.
CERTUTIL = "       certutil -hashfile data\\recordings\\{file}.wav SHA256"

ENGLISH = """\
HOW TO CHECK THIS EVIDENCE PACKAGE
==================================
Case: {reference}
Exported: {exported_local}, which is {exported_at}
Signing key fingerprint (Ed25519): {fingerprint}
{selection}
This folder is a BagIt bag (RFC 8493). Every file under data/ is listed with its SHA-256 and
SHA-512 digest in manifest-sha256.txt and manifest-sha512.txt; the files beside them are listed
in tagmanifest-sha256.txt and tagmanifest-sha512.txt, and those two are signed with the key
above (signature/). The recordings in data/recordings/ are the original files, byte for byte;
a recording longer than one file can hold (about 6 hours) is in several, in order
(...-part1.wav, -part2.wav, ...).

{part}1. With OnRecord (checks everything: files, digests, size, signature, audit chain, recordings):
       onrecord verify <this folder or its .zip>
   It prints "intact" and exits 0, or "NOT INTACT" with every missing, extra or altered file
   and exits 1; it exits 2 when it cannot check at all (not a package, a zip cut short, a
   wrong password). For an encrypted zip it asks for the password (or reads it from
   --password-file FILE). Add --json for an answer in JSON, and --language zh_CN or
   --language zh_TW for the answer in Chinese. Steps 2 to 5 need no OnRecord.

2. With any BagIt validator, e.g. the Library of Congress tool bagit.py. Install it with
   "pip install bagit" on Windows, elsewhere with "pipx install bagit" (plain pip is refused
   there; get pipx with "sudo apt install pipx" on Debian or Ubuntu, "brew install pipx" on
   macOS; if "bagit.py" is not found afterwards, run "pipx ensurepath" and open a new
   terminal). Then:
       bagit.py --validate <this folder>
   It ends with "is valid". When a file in data/ was added, removed or changed in size, it
   says only "Payload-Oxum validation failed" with the numbers of files and bytes, not which
   file: "onrecord verify" names it, and so does step 3 unless the file was added. A Mac
   adds files of its own (".DS_Store", "._...") to a folder it shows or copies; "onrecord
   verify" names them and sets them aside.

3. With sha256sum (Linux; on macOS use "shasum -a 256 -c"), from inside this folder (a .zip
   package: unzip it first, "unzip <file>.zip", or "7z x <file>.zip" if it is encrypted;
   this folder is the one inside it that holds this file):
       sha256sum -c manifest-sha256.txt
       sha256sum -c tagmanifest-sha256.txt
   Every line must say OK.

   On Windows, with PowerShell (it comes with Windows; unzip a .zip package first): open
   PowerShell, go into this folder, the one holding this file (cd "<this folder>"; after
   "Extract All" it may be one folder deeper), and paste these lines:
{powershell}
   It names every altered or missing file ("MISMATCH: ...", "MISSING: ..."), counts the files
   it checked (more than 0), and must end with "{all_match}". To check one file, certutil (also built in) prints its SHA-256:
{certutil}
   Compare it with the file's line in manifest-sha256.txt (capitals do not matter).
   None of these commands notices a file added to data/; "onrecord verify" and bagit.py do.
   Steps 2 and 3 show that the files match the lists in this package, not that the lists are
   the sender's: whoever changed a file could write new lists too. Only the signature (step 4)
   with the sender's key (step 5) shows that; "onrecord verify" checks the signature and
   prints the key's fingerprint.

4. The signature, with OpenSSL 3 (Linux; from inside this folder; steps 4 and 5 need a Unix
   shell — on Windows or macOS, "onrecord verify" checks the signature):
       sig=$(mktemp)
       base64 -d signature/tagmanifest-sha256.txt.sig > "$sig"
       openssl pkeyutl -verify -pubin -inkey signature/public-key.pem -rawin \\
           -in tagmanifest-sha256.txt -sigfile "$sig"
   It must say "Signature Verified Successfully". That shows the package was signed with the
   key in signature/public-key.pem, not whose key it is: whoever changed a package could sign
   it again with a key of their own. So:

5. Check that the key is the sender's. Compute its fingerprint (from inside this folder):
       openssl pkey -pubin -in signature/public-key.pem -outform DER | tail -c 32 | sha256sum
   and compare the 64 hex digits it prints with the fingerprint the sender gave you by another
   channel (phone, letter, in person): the digits of "SHA256:..." without the spaces. Do not
   rely on the fingerprint printed at the top of this file: it travels with the package.
   "onrecord verify" prints the fingerprint of the key too.

The report (data/report/index.html, data/report/report.pdf) is information, not legal advice.


"""

SIMPLIFIED = """\
如何校验本证据包
================
案件：{reference}
导出时间：{exported_local}，即 {exported_at}
签名密钥指纹（Ed25519）：{fingerprint}
{selection}
本文件夹是一个 BagIt 证据包（RFC 8493）。data/ 下的每个文件都连同其 SHA-256 与 SHA-512 摘要
列在 manifest-sha256.txt 和 manifest-sha512.txt 中；其余文件列在 tagmanifest-sha256.txt 和
tagmanifest-sha512.txt 中，这两个文件已用上述密钥签名（见 signature/ 文件夹）。
data/recordings/ 中的录音是原始文件，逐字节未作任何改动；超过单个文件容量（约 6 小时）的录音
分成几个文件，按顺序排列（…-part1.wav、-part2.wav、…）。

{part}1. 使用 OnRecord（全面校验：文件、摘要、大小、签名、审计链、录音）：
       onrecord verify --language zh_CN <本文件夹或其 .zip 文件>
   显示“验证通过”且退出码为 0 表示完好；否则显示“验证未通过”，列出每个缺失、多余或被改动的
   文件，退出码为 1；根本无法校验时（不是证据包、zip 文件不完整、密码错误）退出码为 2。
   校验加密的 zip 文件时会要求输入密码（也可用 --password-file <文件> 提供）。加上 --json
   可得到 JSON 格式的结果。第 2 至 5 步不需要 OnRecord。

2. 使用任何 BagIt 校验工具，例如美国国会图书馆的工具 bagit.py。安装方法：Windows 上运行
   "pip install bagit"；其他系统不允许直接用 pip 安装，请运行 "pipx install bagit"（pipx 的
   安装：Debian 或 Ubuntu 上用 "sudo apt install pipx"，macOS 上用 "brew install pipx"；安装后如果
   找不到 "bagit.py"，请运行 "pipx ensurepath"，再打开一个新的终端窗口）。然后：
       bagit.py --validate <本文件夹>
   最后应显示 "is valid"。如果 data/ 中有文件被新增、删除或大小被改动，它只显示
   "Payload-Oxum validation failed" 及文件数和字节数，不指明是哪个文件："onrecord verify"
   会指明；除新增的文件外，第 3 步也会指明。Mac 会自动在它显示或复制过的文件夹中加入自己的
   文件（".DS_Store"、"._…"）；"onrecord verify" 会列出这些文件并将其略过。

3. 使用 sha256sum（Linux；macOS 请用 "shasum -a 256 -c"），在本文件夹内运行（收到的是
   .zip 文件时请先解压：unzip <文件名>.zip；加密的 zip 请用 7z x <文件名>.zip；本文件夹
   就是解压后存放本文件的那个文件夹）：
       sha256sum -c manifest-sha256.txt
       sha256sum -c tagmanifest-sha256.txt
   每一行都应显示 OK。

   在 Windows 上可使用系统自带的 PowerShell（收到的是 .zip 文件时，请先解压）：打开 PowerShell，
   进入本文件所在的文件夹（cd "<本文件夹>"；用“全部解压缩”解压后，它可能还在下一层文件夹里），
   然后粘贴以下几行：
{powershell}
   每个被改动或缺失的文件都会显示为“MISMATCH: …”或“MISSING: …”；“Files checked”后的数字
   必须大于 0，最后一行必须是“{all_match}”。
   要单独核对一个文件，可用系统自带的 certutil 计算它的 SHA-256：
{certutil}
   再与 manifest-sha256.txt 中该文件那一行的摘要核对（不区分大小写）。
   以上命令都发现不了 data/ 中新增的文件；"onrecord verify" 和 bagit.py 可以发现。
   第 2、3 步只能证明文件与本证据包里的清单一致，不能证明清单出自发送人：改动文件的人
   也可以重新生成清单。只有签名（第 4 步）加上确认密钥属于发送人（第 5 步）才能证明这
   一点；"onrecord verify" 会校验签名并显示密钥的指纹。

4. 使用 OpenSSL 3 校验签名（Linux；在本文件夹内运行。第 4、5 步需要 Unix 命令行；
   在 Windows 或 macOS 上可用 "onrecord verify" 校验签名）：
       sig=$(mktemp)
       base64 -d signature/tagmanifest-sha256.txt.sig > "$sig"
       openssl pkeyutl -verify -pubin -inkey signature/public-key.pem -rawin \\
           -in tagmanifest-sha256.txt -sigfile "$sig"
   应显示 "Signature Verified Successfully"。这只证明证据包是用 signature/public-key.pem 中的
   密钥签名的，不能证明那是谁的密钥：改动证据包的人也可以用自己的密钥重新签名。因此：

5. 确认密钥属于发送人。计算它的指纹（在本文件夹内运行）：
       openssl pkey -pubin -in signature/public-key.pem -outform DER | tail -c 32 | sha256sum
   将输出的 64 位十六进制数字，与发送人通过其他途径（电话、信件、当面）告诉您的指纹核对：
   即 "SHA256:…" 去掉空格后的数字。不要只依据本文件开头印出的指纹：它是随证据包一起来的。
   "onrecord verify" 也会显示密钥的指纹。

报告（data/report/index.html、data/report/report.pdf）仅为信息整理，不构成法律意见。
"""

TRADITIONAL = """\
如何驗證本證據包
================
案件：{reference}
匯出時間：{exported_local}，即 {exported_at}
簽章金鑰指紋（Ed25519）：{fingerprint}
{selection}
本資料夾是一個 BagIt 證據包（RFC 8493）。data/ 下的每個檔案都連同其 SHA-256 與 SHA-512 摘要
列在 manifest-sha256.txt 和 manifest-sha512.txt 中；其餘檔案列在 tagmanifest-sha256.txt 和
tagmanifest-sha512.txt 中，這兩個檔案已用上述金鑰簽章（見 signature/ 資料夾）。
data/recordings/ 中的錄音是原始檔案，逐位元組未作任何改動；超過單一檔案容量（約 6 小時）的錄音
分成幾個檔案，依序排列（…-part1.wav、-part2.wav、…）。

{part}1. 使用 OnRecord（全面驗證：檔案、摘要、大小、簽章、稽核鏈、錄音）：
       onrecord verify --language zh_TW <本資料夾或其 .zip 檔案>
   顯示「驗證通過」且結束代碼為 0 表示完好；否則顯示「驗證未通過」，列出每個缺少、多出或被改動的
   檔案，結束代碼為 1；根本無法驗證時（不是證據包、zip 檔案不完整、密碼錯誤）結束代碼為 2。
   驗證加密的 zip 檔案時會要求輸入密碼（也可用 --password-file <檔案> 提供）。加上 --json
   可得到 JSON 格式的結果。第 2 至 5 步不需要 OnRecord。

2. 使用任何 BagIt 驗證工具，例如美國國會圖書館的工具 bagit.py。安裝方法：Windows 上執行
   "pip install bagit"；其他系統不允許直接用 pip 安裝，請執行 "pipx install bagit"（pipx 的
   安裝：Debian 或 Ubuntu 上用 "sudo apt install pipx"，macOS 上用 "brew install pipx"；安裝後如果
   找不到 "bagit.py"，請執行 "pipx ensurepath"，再開啟一個新的終端機視窗）。然後：
       bagit.py --validate <本資料夾>
   最後應顯示 "is valid"。如果 data/ 中有檔案被新增、刪除或大小被改動，它只顯示
   "Payload-Oxum validation failed" 及檔案數和位元組數，不指明是哪個檔案："onrecord verify"
   會指明；除新增的檔案外，第 3 步也會指明。Mac 會自動在它顯示或複製過的資料夾中加入自己的
   檔案（".DS_Store"、"._…"）；"onrecord verify" 會列出這些檔案並將其略過。

3. 使用 sha256sum（Linux；macOS 請用 "shasum -a 256 -c"），在本資料夾內執行（收到的是
   .zip 檔案時請先解壓縮：unzip <檔名>.zip；加密的 zip 請用 7z x <檔名>.zip；本資料夾
   就是解壓縮後存放本檔案的那個資料夾）：
       sha256sum -c manifest-sha256.txt
       sha256sum -c tagmanifest-sha256.txt
   每一行都應顯示 OK。

   在 Windows 上可使用系統內建的 PowerShell（收到的是 .zip 檔案時，請先解壓縮）：開啟 PowerShell，
   進入本檔案所在的資料夾（cd "<本資料夾>"；用「解壓縮全部」解壓縮後，它可能還在下一層資料夾裡），
   然後貼上以下幾行：
{powershell}
   每個被改動或缺少的檔案都會顯示為「MISMATCH: …」或「MISSING: …」；「Files checked」後的數字
   必須大於 0，最後一行必須是「{all_match}」。
   要單獨核對一個檔案，可用系統內建的 certutil 計算它的 SHA-256：
{certutil}
   再與 manifest-sha256.txt 中該檔案那一行的摘要比對（不分大小寫）。
   以上指令都無法發現 data/ 中新增的檔案；"onrecord verify" 和 bagit.py 可以發現。
   第 2、3 步只能證明檔案與本證據包裡的清單一致，不能證明清單出自寄件人：改動檔案的人
   也可以重新產生清單。只有簽章（第 4 步）加上確認金鑰屬於寄件人（第 5 步）才能證明這
   一點；"onrecord verify" 會驗證簽章並顯示金鑰的指紋。

4. 使用 OpenSSL 3 驗證簽章（Linux；在本資料夾內執行。第 4、5 步需要 Unix 命令列；
   在 Windows 或 macOS 上可用 "onrecord verify" 驗證簽章）：
       sig=$(mktemp)
       base64 -d signature/tagmanifest-sha256.txt.sig > "$sig"
       openssl pkeyutl -verify -pubin -inkey signature/public-key.pem -rawin \\
           -in tagmanifest-sha256.txt -sigfile "$sig"
   應顯示 "Signature Verified Successfully"。這只證明證據包是用 signature/public-key.pem 中的
   金鑰簽章的，不能證明那是誰的金鑰：改動證據包的人也可以用自己的金鑰重新簽章。因此：

5. 確認金鑰屬於寄件人。計算它的指紋（在本資料夾內執行）：
       openssl pkey -pubin -in signature/public-key.pem -outform DER | tail -c 32 | sha256sum
   將輸出的 64 位十六進位數字，與寄件人透過其他管道（電話、信件、當面）告訴您的指紋比對：
   即 "SHA256:…" 去掉空格後的數字。不要只依據本檔案開頭印出的指紋：它是跟著證據包一起來的。
   "onrecord verify" 也會顯示金鑰的指紋。

報告（data/report/index.html、data/report/report.pdf）僅為資訊整理，不構成法律意見。
"""

#: For a package of part of the case, after the first paragraph: what its audit log holds.
PART = {
    "en": """\
This package holds part of the case. Its audit log, data/audit/audit-log.jsonl, has every
link of the hash chain, so the chain still checks from its first entry; but the entries about
contacts, recordings, marks, attachments, promises and payments not in this package (outside
the part chosen, or removed since) are there only as digests ("body_sha256"), as other cases'
entries are. The entries about what the package holds are there in full, among them the hash
logged when each recording was captured, which "onrecord verify" compares with the file.

""",
    "zh_CN": """\
本证据包只含案件的一部分。其审计日志 data/audit/audit-log.jsonl 仍包含哈希链的每一环，因此整条链
仍可从第一条记录起校验；但有关不在本证据包中的联系记录、录音、标记、附件、承诺和还款（所选部分
以外的，或之后已删除的）的记录只以摘要（"body_sha256"）出现，与其他案件的记录一样。有关本证据包
所含内容的记录则完整保留，包括每段录音录制时记录的哈希值，"onrecord verify" 会将其与文件核对。

""",
    "zh_TW": """\
本證據包只含案件的一部分。其稽核日誌 data/audit/audit-log.jsonl 仍包含雜湊鏈的每一環，因此整條鏈
仍可從第一筆紀錄起驗證；但有關不在本證據包中的聯絡紀錄、錄音、標記、附件、承諾和還款（所選部分
以外的，或之後已刪除的）的紀錄只以摘要（"body_sha256"）出現，與其他案件的紀錄一樣。有關本證據包
所含內容的紀錄則完整保留，包括每段錄音錄製時記錄的雜湊值，"onrecord verify" 會將其與檔案比對。

""",
}


def verify_text(
    reference: str,
    exported_at: dt.datetime,
    fingerprint: str,
    language: str = "en",
    timezone: str = "UTC",
    selection: Selection | None = None,
    *,
    part: bool = False,
) -> str:
    """English and Chinese (Traditional for a zh_TW package, else Simplified), the package's
    language first. The export time is given on the clock of ``timezone`` (the case's), with
    its offset from UTC, and as the UTC instant that chain-of-custody.json records. A package
    of part of the case (``selection``) says so under the fingerprint; ``part``: its audit log
    shows some of the case as digests only."""
    chinese_language = "zh_TW" if language == "zh_TW" else "zh_CN"
    chinese = TRADITIONAL if chinese_language == "zh_TW" else SIMPLIFIED
    parts = []
    sections = [
        (ENGLISH, "en", "<file>"),
        (chinese, chinese_language, "<文件名>" if chinese_language == "zh_CN" else "<檔名>"),
    ]
    if language != "en":
        sections.reverse()
    for template, lang, file in sections:
        local = moment_text(exported_at, timezone, lang, seconds=True, long=True)
        parts.append(
            template.format(
                reference=reference,
                exported_local=f"{local} ({timezone})"
                if lang == "en"
                else f"{local}（{timezone}）",
                exported_at=to_utc_text(exported_at),
                fingerprint=fingerprint,
                selection=verify_note(selection, lang),
                powershell=POWERSHELL,
                all_match=POWERSHELL_ALL_MATCH,
                certutil=CERTUTIL.format(file=file),
                part=PART[lang] if part else "",
            ).strip("\n")
        )
    return "\n\n\n".join(parts) + "\n"
