"""The note written beside an encrypted zip: how to open it, in English and Chinese.

VERIFY.txt is inside the zip, so whoever receives only an encrypted zip had nothing to tell
them that Windows' "Extract All" cannot open it, where the password comes from, or that
`onrecord verify` checks the zip as it is (a paralegal's walk-through). The note holds no
secret (never the password) and is not part of the package: it is not signed, and the
package is checked without it.
"""

from __future__ import annotations

# The zip's name is long (OnRecord-<case>-<date>-<time>-<offset>.zip): it stands on lines
# of its own, so it never breaks the lines of the text around it (a walk-through).
ENGLISH = """\
THIS ZIP IS ENCRYPTED: HOW TO OPEN IT
=====================================
This zip holds an evidence package made with OnRecord (case {reference}), encrypted with
AES-256:

    {zip}

1. Get the password from the sender in another way than the file (by phone, in person). It is
   in no file, and without it nobody can open the zip.
2. Open the zip with 7-Zip (Windows, free: https://www.7-zip.org), Bandizip or WinRAR
   (Windows), Keka or The Unarchiver (macOS). Windows' own "Extract All" and macOS' Archive
   Utility cannot open it. On Linux (package 7zip or p7zip-full):

       7z x "{zip}"

3. Inside, VERIFY.txt explains how to check that nothing in the package changed since it was
   made. This checks the zip as it is (it asks for the password):

       onrecord verify "{zip}"

The names of the files inside the zip (with the case reference and the dates of the calls)
can be read without the password; their contents cannot. This note is not part of the
package and is not signed.
"""

SIMPLIFIED = """\
本 zip 文件已加密：打开方法
==========================
下面这个 zip 文件中是用 OnRecord 导出的证据包（案件 {reference}），已用 AES-256 加密：

    {zip}

1. 请通过文件以外的途径（电话、当面）向发送人索取密码。密码不在任何文件中，没有密码谁也
   打不开这个 zip 文件。
2. 请用 7-Zip（Windows，免费：https://www.7-zip.org）、Bandizip 或 WinRAR（Windows）、Keka 或
   The Unarchiver（macOS）打开。Windows 自带的“全部解压缩”和 macOS 的“归档实用工具”打不开它。
   Linux 上可运行（软件包 7zip 或 p7zip-full）：

       7z x "{zip}"

3. 解压后，VERIFY.txt 说明如何确认证据包自导出以来没有任何改动。下面的命令可直接校验
   这个 zip 文件（会要求输入密码）：

       onrecord verify --language zh_CN "{zip}"

不输入密码也能看到 zip 中的文件名（含案件编号和通话日期），但看不到文件内容。本说明不属于
证据包，也没有签名。
"""

TRADITIONAL = """\
本 zip 檔案已加密：開啟方法
==========================
下面這個 zip 檔案中是用 OnRecord 匯出的證據包（案件 {reference}），已用 AES-256 加密：

    {zip}

1. 請透過檔案以外的管道（電話、當面）向寄件人索取密碼。密碼不在任何檔案中，沒有密碼誰也
   打不開這個 zip 檔案。
2. 請用 7-Zip（Windows，免費：https://www.7-zip.org）、Bandizip 或 WinRAR（Windows）、Keka 或
   The Unarchiver（macOS）開啟。Windows 內建的「解壓縮全部」和 macOS 的「封存工具程式」打不開它。
   Linux 上可執行（套件 7zip 或 p7zip-full）：

       7z x "{zip}"

3. 解壓縮後，VERIFY.txt 說明如何確認證據包自匯出以來沒有任何改動。下面的指令可直接驗證
   這個 zip 檔案（會要求輸入密碼）：

       onrecord verify --language zh_TW "{zip}"

不輸入密碼也能看到 zip 中的檔名（含案件編號和通話日期），但看不到檔案內容。本說明不屬於
證據包，也沒有簽章。
"""


#: the note's name after the package's, in the package's language and in English (a Chinese
#: lawyer read only "HOW TO OPEN"; the English stays for whoever searches for it)
NOTE_NAMES = {
    "en": "HOW TO OPEN",
    "zh_CN": "如何打开 HOW TO OPEN",
    "zh_TW": "如何開啟 HOW TO OPEN",
}


def note_name(package_name: str, language: str = "en") -> str:
    """Sorted next to the zip it explains: "<package> - HOW TO OPEN.txt" ("<package> - 如何打开
    HOW TO OPEN.txt" for a package in Chinese)."""
    return f"{package_name} - {NOTE_NAMES.get(language, NOTE_NAMES['en'])}.txt"


def open_note(zip_name: str, reference: str, language: str = "en") -> str:
    """English and Chinese (Traditional for zh_TW, else Simplified), the package's first."""
    chinese = TRADITIONAL if language == "zh_TW" else SIMPLIFIED
    parts = [ENGLISH, chinese] if language == "en" else [chinese, ENGLISH]
    texts = [part.format(zip=zip_name, reference=reference).strip("\n") for part in parts]
    return "\n\n\n".join(texts) + "\n"
