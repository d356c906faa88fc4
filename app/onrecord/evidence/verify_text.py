"""VERIFY.txt: how to check the package, in English and Chinese, with three kinds of tool."""

from __future__ import annotations

TEMPLATE = """\
HOW TO CHECK THIS EVIDENCE PACKAGE
==================================
Case: {reference}
Exported: {exported_at}
Signing key fingerprint (Ed25519): {fingerprint}

This folder is a BagIt bag (RFC 8493). Every file under data/ is listed with its SHA-256 and
SHA-512 digest in manifest-sha256.txt and manifest-sha512.txt; the files beside them are listed
in tagmanifest-sha256.txt and tagmanifest-sha512.txt, and those two are signed with the key
above (signature/). The recordings in data/recordings/ are the original files, byte for byte;
a recording longer than one file can hold (about 6 hours) is in several, in order
(...-part1.wav, -part2.wav, ...).

1. With OnRecord (checks everything: files, digests, size, signature, audit chain, recordings):
       onrecord verify <this folder or its .zip>
   It prints "intact" and exits 0, or names every missing, extra or altered file and exits 1.

2. With any BagIt validator, e.g. the Library of Congress tool (pip install bagit):
       bagit.py --validate <this folder>

3. With sha256sum (Linux; on macOS use "shasum -a 256 -c"), from inside this folder:
       sha256sum -c manifest-sha256.txt
       sha256sum -c tagmanifest-sha256.txt
   Every line must say OK.

4. The signature, with OpenSSL 3 (from inside this folder):
       base64 -d signature/tagmanifest-sha256.txt.sig > /tmp/onrecord.sig
       openssl pkeyutl -verify -pubin -inkey signature/public-key.pem -rawin \\
           -in tagmanifest-sha256.txt -sigfile /tmp/onrecord.sig
   Compare the fingerprint above with the one the sender gave you by another channel.

The report (data/report/index.html, data/report/report.pdf) is information, not legal advice.


如何校验本证据包
================
案件：{reference}
导出时间：{exported_at}
签名密钥指纹（Ed25519）：{fingerprint}

本文件夹是一个 BagIt 证据包（RFC 8493）。data/ 下的每个文件都连同其 SHA-256 与 SHA-512 摘要
列在 manifest-sha256.txt 和 manifest-sha512.txt 中；其余文件列在 tagmanifest-sha256.txt 和
tagmanifest-sha512.txt 中，这两个文件已用上述密钥签名（见 signature/ 文件夹）。
data/recordings/ 中的录音是原始文件，逐字节未作任何改动；超过单个文件容量（约 6 小时）的录音
分成几个文件，按顺序排列（…-part1.wav、-part2.wav、…）。

1. 使用 OnRecord（全面校验：文件、摘要、大小、签名、审计链、录音）：
       onrecord verify <本文件夹或其 .zip 文件>
   结果为 "intact" 且退出码为 0 表示完好；否则会列出每个缺失、多余或被改动的文件，退出码为 1。

2. 使用任何 BagIt 校验工具，例如美国国会图书馆的工具（pip install bagit）：
       bagit.py --validate <本文件夹>

3. 使用 sha256sum（Linux；macOS 请用 "shasum -a 256 -c"），在本文件夹内运行：
       sha256sum -c manifest-sha256.txt
       sha256sum -c tagmanifest-sha256.txt
   每一行都应显示 OK。

4. 使用 OpenSSL 3 校验签名（在本文件夹内运行）：
       base64 -d signature/tagmanifest-sha256.txt.sig > /tmp/onrecord.sig
       openssl pkeyutl -verify -pubin -inkey signature/public-key.pem -rawin \\
           -in tagmanifest-sha256.txt -sigfile /tmp/onrecord.sig
   请将上面的指纹与发送人通过其他途径告诉您的指纹进行核对。

报告（data/report/index.html、data/report/report.pdf）仅为信息整理，不构成法律意见。
"""


def verify_text(reference: str, exported_at: str, fingerprint: str) -> str:
    return TEMPLATE.format(reference=reference, exported_at=exported_at, fingerprint=fingerprint)
