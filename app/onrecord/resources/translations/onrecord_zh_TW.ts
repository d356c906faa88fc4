<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AddMarkDialog</name>
    <message>
        <location filename="../../ui/review/marks.py" line="+262"/>
        <source>Add a mark</source>
        <translation>新增標記</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just a note</source>
        <translation>僅備註</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This mark will be shown as added after the call, at %1.</source>
        <translation>此標記會顯示為通話結束後補加的，位置在 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What happened:</source>
        <translation>發生了什麼(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add mark</source>
        <translation>新增標記</translation>
    </message>
</context>
<context>
    <name>AttachedFiles</name>
    <message>
        <location filename="../../ui/timeline/attachedfiles.py" line="+68"/>
        <source>%1  (withdrawn, not exported: %2)</source>
        <extracomment>The role of a list item&apos;s file (a :class:`ContactFile`); None: not a file (a note). The role of a list item&apos;s file chosen but not attached yet (its path, as text).</extracomment>
        <translation>%1  （已撤回，不匯出：%2）</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 was withdrawn: %2

Put it back among the case&apos;s files? It will be in the evidence packages you export from now on; the audit log keeps its withdrawal.</source>
        <translation>%1 已撤回：%2

要把它放回案件的檔案中嗎？此後匯出的證據包都會包含它；稽核紀錄會保留這次撤回的紀錄。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put a file back</source>
        <translation>放回檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put it back</source>
        <translation>放回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it withdrawn</source>
        <translation>保持撤回</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not put back</source>
        <translation>沒有放回</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/withdrawnagain.py" line="+42"/>
        <source>%1 (the same file as %2)</source>
        <translation>%1（與 %2 是同一個檔案）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You withdrew this file from the case on %1 (reason: %2). Attach it again?</source>
        <translation>您曾在 %1 把這個檔案從案件中撤回（原因：%2）。要再次附加它嗎？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach a withdrawn file again?</source>
        <translation>再次附加已撤回的檔案？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach it again</source>
        <translation>再次附加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t attach</source>
        <translation>不附加</translation>
    </message>
</context>
<context>
    <name>AudioWarnings</name>
    <message>
        <location filename="../../ui/audiowords.py" line="+19"/>
        <source>The other side has been silent for %s s — is the phone on speaker?</source>
        <translation>對方已經 %s 秒沒有聲音了——手機開了擴音嗎？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your microphone has been silent for %s s — is it muted?</source>
        <translation>您的麥克風已經 %s 秒沒有聲音了——是否靜音了？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To keep the two sound sources in step (each device runs on its own clock), %s ms of the other side&apos;s sound were taken out or repeated, spread over the call; your side is exactly as recorded. The report says so too.</source>
        <translation>為使兩個聲音來源保持同步（每個裝置依自己的時鐘運作），對方的聲音中有 %s 毫秒被刪去或重複，分散在整段通話中；您這一方的聲音與錄下時完全相同。報告中也會說明這一點。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The other side&apos;s sound device sent nothing in time: %s ms of silence were put in their channel to keep both sides in step. The report says so too.</source>
        <translation>對方的聲音裝置沒有及時送來聲音：為使雙方保持同步，在對方聲道中補入了 %s 毫秒的靜音。報告中也會說明這一點。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other side&apos;s sound arrived late or was lost: their channel was re-aligned by %s ms. The report says so too.</source>
        <translation>對方的聲音到達太晚或遺失：對方聲道重新對齊了 %s 毫秒。報告中也會說明這一點。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The other side&apos;s sound (from the computer) stopped arriving. Recording goes on with your microphone; their side is silent in the recording from here until it comes back.</source>
        <translation>對方的聲音（電腦播放的聲音）不再傳來。錄音會繼續錄您的麥克風；從這裡起，錄音中對方一側是靜音，直到聲音恢復。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No sound comes from the other side&apos;s source (the computer&apos;s sound). Recording goes on with your microphone; their side is not being recorded.</source>
        <translation>對方的聲音來源（電腦播放的聲音）沒有傳來聲音。錄音會繼續錄您的麥克風；對方一側沒有被錄下。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other side&apos;s sound (from the computer) is arriving again and is recorded again from here.</source>
        <translation>對方的聲音（電腦播放的聲音）又傳來了，從這裡起重新錄下。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other side&apos;s sound (from the computer) stopped arriving, so recording stopped. What was recorded until then is kept.</source>
        <translation>對方的聲音（電腦播放的聲音）不再傳來，因此錄音已停止。在此之前錄下的內容都已保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sound came from the other side&apos;s source (the computer&apos;s sound), so recording stopped. What was recorded until then is kept.</source>
        <translation>對方的聲音來源（電腦播放的聲音）沒有傳來聲音，因此錄音已停止。在此之前錄下的內容都已保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sound came from your microphone.</source>
        <translation>您的麥克風沒有傳來聲音。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A moment of audio was lost (the computer was too busy).</source>
        <translation>有一小段聲音遺失了（電腦當時太忙）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone stopped sending sound.</source>
        <translation>麥克風不再傳來聲音。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sound arrives from the sound device.</source>
        <translation>聲音裝置沒有傳來任何聲音。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sound device changed during the call (was it unplugged?).</source>
        <translation>通話中聲音裝置發生了變化（是不是被拔掉了？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sound is too loud and distorts — move the phone a little away.</source>
        <translation>聲音太大、已經失真——請把手機稍微拿遠一點。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sound device reported lost audio.</source>
        <translation>聲音裝置回報有聲音遺失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording could not be written to disk (is it full?).</source>
        <translation>錄音無法寫入磁碟（磁碟滿了嗎？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This recording was interrupted and recovered; the last second may be missing.</source>
        <translation>這段錄音曾被中斷，現已復原；最後一秒可能遺失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sound device stopped (was it unplugged?), so recording stopped. What was recorded until then is kept.</source>
        <translation>一個聲音裝置停止了（是否被拔掉了？），所以錄音停止了。在此之前錄下的內容都已保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A sound device disappeared during the call (was it unplugged?).</source>
        <translation>通話期間一個聲音裝置不見了（是否被拔掉了？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recorder ran into an error of its own and stopped. What was recorded until then is kept.</source>
        <translation>錄音程式本身出錯並停止了。在此之前錄下的內容都已保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A sound device did not stop when asked (it may be suspended), so OnRecord let it go. What was recorded is kept.</source>
        <translation>一個聲音裝置沒有依要求停止（可能處於暫停狀態），OnRecord 已放開它。錄下的內容都已保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording is safe, but its details could not be saved (is the disk full?). OnRecord finishes it when it next starts.</source>
        <translation>錄音是安全的，但它的詳細資訊沒能儲存（磁碟是否已滿？）。OnRecord 下次啟動時會完成它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recording file could not be closed cleanly (is the disk full?). What reached the disk is kept.</source>
        <translation>一個錄音檔案沒能正常關閉（磁碟是否已滿？）。已寫入磁碟的內容都已保留。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The recorder reported: %s</source>
        <translation>錄音程式回報：%s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your side is too loud and distorts — move the microphone a little away or turn its volume down.</source>
        <translation>您這邊聲音太大、已經失真——請把麥克風稍微拿遠一點，或調低它的音量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their side is too loud and distorts — turn the call&apos;s volume down.</source>
        <translation>對方聲音太大、已經失真——請調低通話音量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both your side and their side are too loud and distort — turn the microphone and the call&apos;s volume down.</source>
        <translation>您和對方的聲音都太大、已經失真——請調低麥克風和通話音量。</translation>
    </message>
    <message>
        <location filename="../../ui/callstatus.py" line="+138"/>
        <source>Waiting for sound from the microphone… If none comes within %1 s, recording stops.</source>
        <extracomment>Warnings about something that lasts; any other warning is about a moment. (code, frame) -&gt; ((code, params, message), call time it was last true) when the recorder started (monotonic), and how long it waits for a first sound</extracomment>
        <translation>正在等待麥克風的聲音……如果 %1 秒內仍沒有聲音，錄音會停止。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../backup.py" line="+76"/>
        <source>{name} in the backup is damaged (its checksum differs)</source>
        <translation>備份中的 {name} 已損壞（檢查碼不符）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the backup could not be restored ({reason}); nothing was changed</source>
        <translation>無法還原備份（{reason}）；沒有做任何變更</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the signing key goes into a backup only encrypted: a passphrase is needed</source>
        <translation>簽章金鑰只能加密後放入備份：需要設定一組密碼片語</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase for the signing key must have at least {count} characters</source>
        <translation>簽章金鑰的密碼片語至少要有 {count} 個字元</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this installation has no signing key yet (it is made by the first export)</source>
        <translation>這台電腦上的 OnRecord 還沒有簽章金鑰（第一次匯出時才會產生）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the signing key {path} cannot be read: {reason}</source>
        <translation>無法讀取簽章金鑰 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signing key {path} is not an Ed25519 key</source>
        <translation>簽章金鑰 {path} 不是 Ed25519 金鑰</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path} already exists; choose a new file name</source>
        <translation>{path} 已存在；請換一個新的檔名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} holds no OnRecord case file to back up</source>
        <translation>{path} 裡沒有可以備份的 OnRecord 案件資料</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the backup could not be written: {reason}</source>
        <translation>無法寫入備份：{reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the backup holds an unsafe file name: {name}</source>
        <translation>備份中有一個不安全的檔名：{name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this is not an OnRecord backup (no onrecord-backup.json)</source>
        <translation>這不是 OnRecord 的備份（裡面沒有 onrecord-backup.json）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup&apos;s list of files is damaged: {reason}</source>
        <translation>備份的檔案清單已損壞：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this backup was made by a different program or version</source>
        <translation>這個備份是由其他程式或其他版本製作的</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the backup lists no files</source>
        <translation>備份的檔案清單是空的</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup does not match its list of files (missing: {missing}, unexpected: {unexpected})</source>
        <translation>備份與它的檔案清單不符（缺少：{missing}，多出：{unexpected}）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} in the backup is larger than listed</source>
        <translation>備份中的 {name} 比清單上記錄的大</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the case file in the backup cannot be used: {reason}</source>
        <translation>備份中的案件資料無法使用：{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the case file in the backup is damaged: {reason}</source>
        <translation>備份中的案件資料已損壞：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup&apos;s audit log does not check out: {reason}</source>
        <translation>備份的稽核紀錄沒有通過驗證：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not an OnRecord backup (it is not a zip file)</source>
        <translation>{path} 不是 OnRecord 的備份（它不是 zip 檔案）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} cannot be read as a backup: {reason}</source>
        <translation>無法將 {path} 作為備份讀取：{reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this backup holds the signing key, encrypted: give its passphrase, or restore without the key (this installation then keeps its own)</source>
        <translation>這個備份裡有加密的簽章金鑰：請輸入它的密碼片語，或者還原時不包括這個金鑰（這台電腦則保留自己的金鑰）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the passphrase for the signing key in this backup is wrong (or the key is damaged)</source>
        <translation>這個備份中簽章金鑰的密碼片語不正確（或者金鑰已損壞）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the signing key in the backup cannot be read: {reason}</source>
        <translation>無法讀取備份中的簽章金鑰：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signing key in the backup is not an Ed25519 key</source>
        <translation>備份中的簽章金鑰不是 Ed25519 金鑰</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signing key in the backup does not match its listed fingerprint</source>
        <translation>備份中的簽章金鑰與清單上記錄的指紋不符</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this backup holds no encrypted signing key</source>
        <translation>這個備份裡沒有加密的簽章金鑰</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup does not match its list of files</source>
        <translation>備份與它的檔案清單不符</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../ui/charts/widgets.py" line="+169"/>
        <source>Contact attempts per day</source>
        <extracomment>A column is a week: Left / Right move a week, Up / Down a day.</extracomment>
        <translation>每天的聯絡次數</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1: %n contact attempt(s)</source>
        <translation>
            <numerusform>%1：聯絡 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No contact attempts yet.</source>
        <translation>還沒有聯絡紀錄。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>fewer</source>
        <translation>少</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more (most in one day: %1)</source>
        <translation>多（單日最多：%1）</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../ui/callcontroller.py" line="+246"/>
        <source>Nothing was recorded: no sound came from the microphone.</source>
        <extracomment>an early mark&apos;s journal key -&gt; (run with its row once filed, run if it never is)</extracomment>
        <translation>沒有錄下任何內容：麥克風沒有傳來聲音。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recording stopped: the part of OnRecord that records ended unexpectedly. What it recorded until then is kept, with your marks, and is filed in the case when OnRecord next starts. If the call is still going on, press Record call (Ctrl+R) to record the rest.</source>
        <translation>錄音已停止：OnRecord 負責錄音的部分意外結束了。在此之前錄下的內容和您的標記都已保留，會在下次啟動 OnRecord 時歸入案件。如果通話還在進行，請按「開始錄音」（Ctrl+R）錄下其餘部分。</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/callpanel.py" line="+84"/>
        <source>Start or stop recording</source>
        <translation>開始或停止錄音</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recording time</source>
        <translation>錄音長度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My level</source>
        <translation>我的音量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their level</source>
        <translation>對方音量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Them</source>
        <translation>對方</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording warnings</source>
        <translation>錄音提醒</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Stopped by a problem</source>
        <translation>因故障停止</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>No sound came from the microphone: this call has no audio. It is kept for the %n mark(s) you made, at its start.</source>
        <translation>
            <numerusform>麥克風沒有傳來任何聲音：這通電話沒有錄到音訊。因為您做了 %n 個標記，這通電話仍會保留，標記放在通話開頭。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tagkeys.py" line="+58"/>
        <source>Tag what was just said (press the key)</source>
        <translation>給剛才說的話加標籤（按對應的鍵）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag keys</source>
        <translation>標籤按鍵</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⌨ Typing: number keys type digits here. Esc goes back to the tag keys.</source>
        <translation>⌨ 正在輸入：數字鍵在這裡輸入數字。按 Esc 回到標籤按鍵。</translation>
    </message>
    <message>
        <location filename="../../ui/callnote.py" line="+60"/>
        <location filename="../../ui/callpanel.py" line="+82"/>
        <location line="+25"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="-431"/>
        <location line="+65"/>
        <source>Marks in this call</source>
        <translation>本次通話的標記</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Save call details</source>
        <translation>儲存通話資訊</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Calls will be filed under &lt;b&gt;Unsorted calls&lt;/b&gt; until you choose a case.</source>
        <translation>在您選擇案件之前，通話會先放在&lt;b&gt;未歸類通話&lt;/b&gt;中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording into: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>錄音存入：&lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Cannot record yet</source>
        <translation>暫時無法錄音</translation>
    </message>
    <message>
        <location filename="../../ui/callnote.py" line="-10"/>
        <source>Press N or click here to write a note</source>
        <translation>按 N 鍵或點選此處寫備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is pinned to the moment you start typing it. Enter saves it, Esc discards it.</source>
        <translation>備註記在您開始輸入的那一刻。按 Enter 儲存，按 Esc 放棄。</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="+5"/>
        <source>Before your first recording</source>
        <translation>第一次錄音之前</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>■  Stop recording   (Ctrl+R)</source>
        <translation>■  停止錄音   (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>●  Record call   (Ctrl+R)</source>
        <translation>●  開始錄音   (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>● REC</source>
        <translation>● 錄音中</translation>
    </message>
    <message>
        <location filename="../../ui/tagkeys.py" line="-11"/>
        <source>⌨ Keys tag now: press a number to mark the moment, N to write a note.</source>
        <translation>⌨ 現在按鍵即加標籤：按數字鍵標記此刻，按 N 寫備註。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⌨ Typing: number keys type digits here. Enter saves a note, Esc goes back to the tag keys.</source>
        <translation>⌨ 正在輸入：數字鍵在這裡輸入數字。按 Enter 儲存備註，按 Esc 回到標籤按鍵。</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="+78"/>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+182"/>
        <source>Call details not saved</source>
        <translation>通話資訊未儲存</translation>
    </message>
    <message numerus="yes">
        <location line="-113"/>
        <source>&lt;b&gt;Recording stopped by a problem&lt;/b&gt; — %s recorded and kept, %n mark(s). If the call is still going on, press Record call (Ctrl+R) to record the rest.</source>
        <translation>
            <numerusform>&lt;b&gt;錄音因故障停止&lt;/b&gt;——已錄下並保留 %s，標記 %n 個。如果通話還在進行，請按「開始錄音」（Ctrl+R）錄下其餘部分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Call saved&lt;/b&gt; — %s long, %n mark(s)</source>
        <translation>
            <numerusform>&lt;b&gt;通話已儲存&lt;/b&gt;——長度 %s，%n 個標記</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callsummary.py" line="+76"/>
        <source>Status: %s</source>
        <translation>狀態：%s</translation>
    </message>
    <message>
        <location filename="../../ui/callnote.py" line="+32"/>
        <source>The note you were typing was saved when you stopped the call: “%1”. You can change or withdraw it in Review calls.</source>
        <translation>您停止通話時正在輸入的備註已儲存：「%1」。您可以在「重聽通話」中修改或撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="-64"/>
        <source>You can still complete who called, then press Save call details.</source>
        <translation>您仍可補充來電人資訊，然後按「儲存通話資訊」。</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+31"/>
        <source>Nothing recorded</source>
        <translation>沒有錄到內容</translation>
    </message>
    <message>
        <location filename="../../ui/callsummary.py" line="-19"/>
        <source>Before the next call, check that the microphone is plugged in, not muted and not used by another program, or choose another one.</source>
        <translation>下次通話前，請檢查麥克風是否已插好、沒有靜音、沒有被其他程式佔用，或換一個麥克風。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing was recorded: no sound came from the microphone.</source>
        <translation>沒有錄下任何內容：麥克風沒有傳來聲音。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The empty recording stays in the case file, as every recording does, but its call is withdrawn: it counts nowhere. Check that the microphone is plugged in, not muted and not used by another program, or choose another one, then try again. If there was a call, you can log it in the Timeline.</source>
        <translation>這段空錄音和所有錄音一樣會保留在案件資料中，但它對應的通話已撤回，不計入任何統計。請檢查麥克風是否已插好、沒有靜音、沒有被其他程式佔用，或換一個麥克風，然後再試。如果確實有過這通電話，可以在「時間軸」中記錄。</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="+8"/>
        <source>Not recording</source>
        <translation>未在錄音</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recording problem</source>
        <translation>錄音出現問題</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ready</source>
        <translation>準備就緒</translation>
    </message>
    <message>
        <location filename="../../ui/callnote.py" line="+23"/>
        <source>The note you were typing could not be saved (%1). Here it is, to copy if you need it: “%2”</source>
        <translation>您正在輸入的備註無法儲存（%1）。原文如下，如有需要可以複製：「%2」</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recording stopped before the note you were typing was saved. It is kept with this call as an unconfirmed draft, at the moment you began it: “%1”. You can change or withdraw it in Review calls.</source>
        <translation>錄音在您正在輸入的備註儲存之前停止了。這則備註已作為「未確認的草稿」隨本次通話保留在您開始輸入的時刻：「%1」。您可以在「重聽通話」中修改或撤回它。</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="+47"/>
        <location line="+10"/>
        <source>Promise not saved</source>
        <translation>承諾未儲存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call ended before the promise could be saved. Its mark keeps what you typed (“%1”); add the promise in Timeline → Promises and payments.</source>
        <translation>通話在承諾儲存之前就結束了。它的標記保留了您輸入的內容（「%1」）；請在「時間軸 → 承諾和還款」中新增這項承諾。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: kept, it is marked at 0:00 as soon as recording has started.</source>
        <translation>%1：已記下，錄音一開始就會標記在 0:00。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The tags you pressed while recording was starting could not be saved: %1. Press them again once recording has started.</source>
        <translation>錄音啟動時您按下的標籤沒能儲存：%1。請在錄音開始後再按一次。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Marked at %s: %s</source>
        <translation>已在 %s 標記：%s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details saved.</source>
        <translation>資訊已儲存。</translation>
    </message>
</context>
<context>
    <name>CallerInfo</name>
    <message>
        <location filename="../../ui/callerinfo.py" line="+41"/>
        <source>Who is calling</source>
        <translation>來電人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name they give</source>
        <translation>對方自稱的姓名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the number on your phone</source>
        <translation>您手機上顯示的號碼</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee ID</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caller&apos;s name</source>
        <translation>來電人姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s employee ID</source>
        <translation>來電人員工編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s company</source>
        <translation>來電人公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s number</source>
        <translation>來電號碼</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Same caller as last call: %1</source>
        <translation>與上次通話是同一來電人：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same caller as last call</source>
        <translation>與上次通話是同一來電人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the details of the last caller</source>
        <translation>填入上一位來電人的資料</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Saved with this call: who called (%1) and their number (%2).</source>
        <translation>已隨本次通話儲存：來電人（%1）及其號碼（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved with this call: who called (%1). If you know their number, type it under “Who is calling” and press Save call details.</source>
        <translation>已隨本次通話儲存：來電人（%1）。如果您知道對方號碼，請在「來電人」下填寫，然後按「儲存通話資訊」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved with this call: their number (%1). If you know their name, type it under “Who is calling” and press Save call details.</source>
        <translation>已隨本次通話儲存：對方號碼（%1）。如果您知道對方姓名，請在「來電人」下填寫，然後按「儲存通話資訊」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who called is not saved with this call. If you know their name or number, type it under “Who is calling” and press Save call details.</source>
        <translation>本次通話還沒有儲存來電人。如果您知道對方姓名或號碼，請在「來電人」下填寫，然後按「儲存通話資訊」。</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../ui/caseform.py" line="+127"/>
        <source>e.g. Credit card with Harbor Bank</source>
        <extracomment>The case&apos;s statement that its rules may ask (``conduct.rules.STATEMENTS``). The keys of :meth:`CaseForm.values`, in the order the form shows them. True when the form starts to differ from what was loaded, False when it no longer does. The values as loaded (or as a new form starts); None while the form is being filled.</extracomment>
        <translation>例如：某某銀行信用卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assigned automatically</source>
        <translation>自動產生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who you originally owed</source>
        <translation>您最初欠款的對象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the company that is calling you</source>
        <translation>打電話給您的公司</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the numbers they call you on: your mobile, your home or work phone</source>
        <translation>對方打給您的號碼：您的手機、家裡或公司的電話</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>I believe this debt may itself be illegal (for example high-interest usury or a gambling debt)</source>
        <translation>我認為這筆債務本身可能不合法（例如高利貸、賭債）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only then does OnRecord check the crime of collecting an illegal debt (mainland China&apos;s Criminal Law, art. 293-1). This is information, not legal advice.</source>
        <translation>只有勾選後，才會檢查催收非法債務罪（中國大陸《刑法》第二百九十三條之一）。以上僅供參考，不構成法律意見。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>what the contract or statements say</source>
        <translation>合約或帳單上寫的內容</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tit&amp;le</source>
        <translation>標題(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original cre&amp;ditor</source>
        <translation>原始債權人(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection agenc&amp;y</source>
        <translation>催收機構(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account / contract no.</source>
        <translation>帳戶 / 合約編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yo&amp;ur phone number(s)</source>
        <translation>您的電話號碼(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Amount claimed</source>
        <translation>對方主張金額</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+13"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Whose rules apply</source>
        <translation>適用哪裡的規定(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your time &amp;zone</source>
        <translation>您的時區(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ph&amp;one region</source>
        <translation>電話號碼地區(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract notes</source>
        <translation>合約備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date is known</source>
        <translation>到期日已知</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>amount they claim, e.g. %1</source>
        <translation>對方主張的金額，例如 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;h2&gt;New case&lt;/h2&gt;One case per debt. Only a title is needed; add the rest when you know it.</source>
        <translation>&lt;h2&gt;新增案件&lt;/h2&gt;每筆債務建立一個案件。只需填寫標題，其餘資訊知道後再補充。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create case</source>
        <translation>建立案件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sa&amp;ve changes</source>
        <translation>儲存變更(&amp;V)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This case was changed in another OnRecord window or by the onrecord command while you were editing it.</source>
        <translation>您編輯這個案件時，它在另一個 OnRecord 視窗中或透過 onrecord 指令被修改了。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some of the fields you changed were changed there too. What you typed is kept, and saving puts it in place of what was saved there, which is:</source>
        <translation>您修改過的一些欄位在那邊也被修改了。您輸入的內容會保留，儲存後會取代那邊儲存的內容。那邊儲存的是：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2”</source>
        <translation>%1：「%2」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fields you did not change now show what was saved there; your own changes are kept and not saved yet.</source>
        <translation>您沒有修改的欄位現在顯示那邊儲存的內容；您自己的修改仍保留著，尚未儲存。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot be saved as typed: %1</source>
        <translation>依所填內容無法儲存：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Will be saved as %1</source>
        <comment>the amount typed, as it will be stored</comment>
        <translation>將儲存為 %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Throw away what you typed?</source>
        <translation>放棄您輸入的內容嗎？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert shows what is saved and throws away the changes you typed in this case. It cannot be undone.</source>
        <translation>「還原」會顯示已儲存的內容，並放棄您在這個案件中輸入的修改。這一步無法復原。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throw away my changes</source>
        <translation>放棄我的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my changes</source>
        <translation>保留我的修改</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save the new case you started?</source>
        <translation>要儲存您剛開始填寫的新案件嗎？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to “%1”?</source>
        <translation>要儲存對「%1」的變更嗎？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved changes</source>
        <translation>有未儲存的變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you do not save, what you typed is lost.</source>
        <translation>如果不儲存，您輸入的內容將會遺失。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/charts/widgets.py" line="-220"/>
        <source>Arrow keys choose a bar or a day; Enter shows those contacts in the timeline.</source>
        <extracomment>Calm blues, light to dark, for 1.. max contacts a day. How far Left / Right / Up / Down move the keyboard&apos;s choice.</extracomment>
        <translation>用方向鍵選擇一個長條或某一天；按 Enter 在時間軸中檢視對應的聯絡紀錄。</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../ui/charts/panel.py" line="+81"/>
        <source>Click a day, an hour or a name to see those contacts in the timeline.</source>
        <translation>點選某一天、某個時段或某個姓名，即可在時間軸中檢視對應的聯絡。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact attempts per day</source>
        <translation>每天的聯絡次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hour of the day (local time)</source>
        <translation>依一天中的時段（當地時間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By collector</source>
        <translation>依催收人員</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>信函 %n 封</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of yours</source>
        <translation>
            <numerusform>本人發起 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with someone else</source>
        <translation>
            <numerusform>對方聯絡他人 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n withdrawn</source>
        <translation>
            <numerusform>已撤回 %n 筆</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in the charts: %1</source>
        <translation>未計入圖表：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No contact attempts logged yet.</source>
        <translation>還沒有記錄任何聯絡。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;%n contact attempt(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;聯絡 %n 次&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>共 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most in one day: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>單日最多：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>most in 7 days: &lt;b&gt;%1&lt;/b&gt; (from %2)</source>
        <translation>7 天內最多：&lt;b&gt;%1&lt;/b&gt;（自 %2 起）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;%1&lt;/b&gt; outside %2:00–%3:00&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;%1&lt;/b&gt; 次在 %2:00–%3:00 以外&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>CollectorBars</name>
    <message>
        <location filename="../../ui/charts/widgets.py" line="+331"/>
        <source>Contact attempts by collector</source>
        <translation>依催收人員統計的聯絡次數</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1: %n attempt(s) — click to see them</source>
        <translation>
            <numerusform>%1：%n 次——點選檢視</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No contact attempts yet.</source>
        <translation>還沒有聯絡紀錄。</translation>
    </message>
</context>
<context>
    <name>ConductPanel</name>
    <message>
        <location filename="../../ui/conductpanel.py" line="+67"/>
        <source>&lt;b&gt;Possible issues&lt;/b&gt;</source>
        <extracomment>each mark&apos;s moment in its call, read with the check (``conduct.when``)</extracomment>
        <translation>&lt;b&gt;可能存在的問題&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose rules to check against</source>
        <translation>對照哪裡的規定檢查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules &amp;of:</source>
        <translation>規定(&amp;O)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chec&amp;k again</source>
        <translation>重新檢查(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the case again</source>
        <translation>重新檢查本案件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each item below is a &lt;b&gt;possible issue — not legal advice&lt;/b&gt;. It shows what your contact log suggests when compared with the rules; a lawyer or a debt advice service can tell you whether it matters in your case.</source>
        <translation>下面每一項都只是&lt;b&gt;可能存在的問題——不構成法律意見&lt;/b&gt;。它顯示的是您的聯絡紀錄與相關規定對照後的情況；是否對您的案件有影響，請諮詢律師或債務諮詢機構。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not legal advice</source>
        <translation>不構成法律意見</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check status</source>
        <translation>檢查狀態</translation>
    </message>
    <message>
        <location filename="../../ui/conductfindings.py" line="+62"/>
        <source>When (local time)</source>
        <extracomment>each mark&apos;s moment in its call, read with the check (``conduct.when``) the offset every time of the issues shown has, stated once above them; None: each time gives its own</extracomment>
        <translation>時間（當地）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible issues, grouped by rule</source>
        <translation>可能存在的問題（依規定分組）</translation>
    </message>
    <message>
        <location filename="../../ui/conductsettings.py" line="+44"/>
        <source>Your settings for rules that are not certain</source>
        <translation>您對尚不確定的規定所做的設定</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your settings for unconfirmed rules</source>
        <extracomment>the rules checked against; set by the panel when it loads them</extracomment>
        <translation>您對未經確認的規定所做的設定</translation>
    </message>
    <message>
        <location filename="../../ui/conductpanel.py" line="+33"/>
        <source>Choose a case to check.</source>
        <translation>請選擇要檢查的案件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (this case)</source>
        <translation>%1（本案件）</translation>
    </message>
    <message>
        <location filename="../../ui/conductsettings.py" line="+87"/>
        <source>Use the rule&apos;s values</source>
        <translation>使用規定中的數值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset %1 to the rule&apos;s values</source>
        <translation>將 %1 重設為規定中的數值</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calls allowed from</source>
        <translation>允許來電時間：從</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within</source>
        <translation>，在</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> contact</source>
        <translation> 次聯絡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> contacts</source>
        <translation> 次聯絡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> day</source>
        <translation> 天之內</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> 天之內</translation>
    </message>
    <message>
        <location filename="../../ui/conductfindings.py" line="+49"/>
        <source>rule read in the law&apos;s own text</source>
        <translation>已查閱規定原文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule read in a source quoting the law</source>
        <translation>依據引用規定原文的資料</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>starting values (you can change them)</source>
        <translation>預設數值（可修改）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/conductpanel.py" line="+106"/>
        <source>Checked %n contact(s) against the rules of %1 (times in %2).</source>
        <translation>
            <numerusform>已依%1的規定檢查 %n 次聯絡（時間以 %2 為準）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/conductsettings.py" line="+46"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>These values are not settled law or depend on your situation. OnRecord starts from the values shown; change them if your lawyer or adviser tells you to, and what you change is marked as &lt;b&gt;your own setting&lt;/b&gt;.</source>
        <translation>這些數值不是確定的法律規定，或取決於您的具體情況。OnRecord 先使用這裡顯示的數值；如果律師或顧問建議，您可以修改，修改過的會標為&lt;b&gt;您自己的設定&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unconfirmed — your setting</source>
        <translation>未經確認——您自己的設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unconfirmed</source>
        <translation>未經確認</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your setting</source>
        <translation>您自己的設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rule&apos;s values</source>
        <translation>規則的數值</translation>
    </message>
    <message>
        <location filename="../../ui/conductpanel.py" line="-42"/>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>The check could not run: %1</source>
        <translation>無法進行檢查：%1</translation>
    </message>
    <message>
        <location filename="../../ui/conductfindings.py" line="-6"/>
        <source>rule UNCONFIRMED</source>
        <translation>規則未經確認</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uses your own setting</source>
        <translation>使用您自己的設定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/conductpanel.py" line="+21"/>
        <source>%n possible issue(s) found, on %1.</source>
        <translation>
            <numerusform>發現 %n 個可能存在的問題，均在 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n possible issue(s) found, the first on %1, the last on %2.</source>
        <translation>
            <numerusform>發現 %n 個可能存在的問題，最早在 %1，最晚在 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n possible issue(s) found.</source>
        <translation>
            <numerusform>發現 %n 個可能存在的問題。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No possible issues found.</source>
        <translation>未發現可能存在的問題。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) from people these rules do not cover were left out.</source>
        <translation>
            <numerusform>有 %n 次聯絡來自這些規定不適用的人員，未納入檢查。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/conductfindings.py" line="+74"/>
        <source>EDGE CASE (exactly at the limit): %1</source>
        <translation>臨界情況（恰好在界限上）：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click to show this contact in the timeline</source>
        <translation>點選在時間軸中檢視這次聯絡</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact no. %1 — click to show it</source>
        <translation>聯絡紀錄 #%1——點選檢視</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../ui/consent.py" line="+15"/>
        <source>US federal law lets a party to a call record it (18 U.S.C. §2511(2)(d)), but California, Connecticut, Florida, Illinois, Maryland, Massachusetts, Montana, Nevada, New Hampshire, Pennsylvania and Washington require everyone&apos;s consent — in California a recording made without it cannot be used in court. Safe habit: say “I am recording this call” and press 0 when you have said it.</source>
        <translation>美國聯邦法律允許通話的一方錄音（18 U.S.C. §2511(2)(d)），但加利福尼亞、康乃狄克、佛羅里達、伊利諾、馬里蘭、麻薩諸塞、蒙大拿、內華達、新罕布夏、賓夕法尼亞和華盛頓州要求所有人同意——在加州，未經同意的錄音不能在法庭上使用。穩妥的做法：說一句「我正在為這次通話錄音」，說完後按 0。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In mainland China a recording made by a party to the call is generally accepted as evidence unless it was obtained by seriously unlawful means (SPC Interpretation on the Civil Procedure Law, art. 106). Keep the original file and the device. Saying “this call is being recorded” does no harm: press 0 when you have.</source>
        <translation>在中國大陸，通話一方所錄的音，除以嚴重違法方式取得的以外，一般可以作為證據（《最高人民法院關於適用〈中華人民共和國民事訴訟法〉的解釋》第一百零六條）。請保留原始檔案和錄音裝置。說一句「本次通話正在錄音」沒有壞處：說完後按 0。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In Taiwan a party to a call may record it (Communication Security and Surveillance Act §29(3)). Saying that you record does no harm: press 0 when you have said it.</source>
        <translation>在臺灣，通話的一方可以錄音（《通訊保障及監察法》第 29 條第 3 款）。告訴對方您在錄音沒有壞處：說完後按 0。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In Hong Kong no law forbids a party from recording a call; collecting personal data must be fair (PDPO, DPP1). Saying that you record is the fair way: press 0 when you have said it.</source>
        <translation>在香港，沒有法律禁止通話一方錄音；但收集個人資料須以公平方式進行（《個人資料（私隱）條例》，保障資料第 1 原則）。告訴對方您在錄音就是公平的做法：說完後按 0。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the UK a participant may record a call for their own use. Saying that you record does no harm: press 0 when you have said it.</source>
        <translation>在英國，通話參與者可以錄音供自己使用。告訴對方您在錄音沒有壞處：說完後按 0。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is information, not legal advice.</source>
        <translation>以上僅供參考，不構成法律意見。</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <location filename="../../paths.py" line="+65"/>
        <source>cannot read {path}, which says where OnRecord&apos;s data folder is: {reason}</source>
        <translation>無法讀取 {path}（它記錄著 OnRecord 資料儲存位置）：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path}, which says where OnRecord&apos;s data folder is, is damaged: write {example} in it, with your data folder&apos;s path, or start with --data-dir</source>
        <translation>{path}（它記錄著 OnRecord 資料儲存位置）已損壞：請在其中寫入 {example}（換成您的資料儲存位置路徑），或用 --data-dir 啟動</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>the data folder {path} is a file, not a folder</source>
        <extracomment>The umask the user started OnRecord with, before :func:`private_umask` replaced it.</extracomment>
        <translation>資料儲存位置 {path} 是一個檔案，不是資料夾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OnRecord&apos;s data was moved to {path}, which cannot be found now; if it is on an external disk, connect the disk and open OnRecord again</source>
        <translation>OnRecord 的資料已移到 {path}，但現在找不到它；如果它在外接硬碟上，請接上硬碟後重新開啟 OnRecord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} already holds other files; OnRecord keeps its data in a folder of its own (choose a new or empty folder with --data-dir or {variable})</source>
        <translation>{path} 裡已有其他檔案；OnRecord 要把資料放在專用的資料夾裡（請用 --data-dir 或 {variable} 選擇一個新的或空的資料夾）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot use {path} as the data folder: {reason}; choose another with --data-dir or {variable}</source>
        <translation>無法把 {path} 用作資料儲存位置：{reason}；請用 --data-dir 或 {variable} 另選一個</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the data folder {path} is not writable ({reason}); choose another with --data-dir or {variable}</source>
        <translation>資料儲存位置 {path} 無法寫入（{reason}）；請用 --data-dir 或 {variable} 另選一個</translation>
    </message>
</context>
<context>
    <name>DataFolderDialog</name>
    <message>
        <location filename="../../ui/datafolder.py" line="+46"/>
        <source>Checking both folders…</source>
        <translation>正在檢查兩個資料夾…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copying the case file…</source>
        <translation>正在複製案件資料…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the copied case file and its audit log…</source>
        <translation>正在檢查複製後的案件資料及其稽核紀錄…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switching to the new folder…</source>
        <translation>正在切換到新資料夾…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copying %1…</source>
        <translation>正在複製 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+22"/>
        <location line="+149"/>
        <source>Data folder</source>
        <extracomment>Asked just before the move starts (unsaved changes in the window); False: no move.
----------
The move. Counting the files and their size (it only reads). Deleting the old folder after the move, when the user asks for it.</extracomment>
        <translation>資料儲存位置</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Size of the data</source>
        <translation>資料大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space on that disk</source>
        <translation>該磁碟的可用空間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder:</source>
        <translation>資料夾：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen by:</source>
        <translation>選定依據：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space there:</source>
        <translation>所在磁碟可用空間：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All cases, recordings, attachments, backups, settings and the key that signs your exports are kept here. “Move to…” copies everything to a new or empty folder (for example on a bigger or external disk), checks every file, and only then uses the new place. The current folder is not changed by the move.</source>
        <translation>所有案件、錄音、附件、備份、設定，以及用於為匯出簽章的金鑰，都存放在這裡。「移動到…」會把所有內容複製到一個新的或空的資料夾（例如在更大的磁碟或外接硬碟上），逐一檢查每個檔案，檢查完之後才改用新位置。移動不會改動目前的資料夾。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open folder</source>
        <translation>開啟資料夾(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to…</source>
        <translation>移動到(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>the --data-dir option OnRecord was started with</source>
        <translation>啟動 OnRecord 時使用的 --data-dir 選項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ONRECORD_HOME environment variable</source>
        <translation>ONRECORD_HOME 環境變數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an earlier move (recorded in %s)</source>
        <translation>先前的一次移動（記錄在 %s 中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OnRecord&apos;s standard place</source>
        <translation>OnRecord 的預設位置</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 in %2 files</source>
        <translation>%2 個檔案，共 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Deleting the old folder…</source>
        <translation>正在刪除舊資料夾…</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>OnRecord was started with --data-dir, which decides where the data is, so it cannot be moved from here. Start OnRecord without --data-dir to move it.</source>
        <translation>OnRecord 啟動時使用了 --data-dir 選項，資料的位置由它決定，因此無法在這裡移動。如要移動，請在啟動 OnRecord 時不加 --data-dir。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ONRECORD_HOME environment variable decides where the data is, so it cannot be moved from here. Remove or change ONRECORD_HOME to move it.</source>
        <translation>資料的位置由 ONRECORD_HOME 環境變數決定，因此無法在這裡移動。如要移動，請移除或變更 ONRECORD_HOME。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not be counted: %s</source>
        <translation>無法統計：%s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting the files in the data folder…</source>
        <translation>正在統計資料儲存位置中的檔案…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A call is being recorded. Stop the recording, then move the data.</source>
        <translation>正在錄製通話。請先停止錄音，再移動資料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the data folder to…</source>
        <translation>將資料儲存位置移動到…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data cannot be moved there</source>
        <translation>無法把資料移動到那裡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>size still being counted</source>
        <translation>大小仍在統計中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the data folder</source>
        <translation>移動資料儲存位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy all cases, recordings and attachments (%1) to:
%2

Every file is checked before OnRecord switches to the new place; the current folder is not changed. OnRecord closes when the move is done: open it again to go on.</source>
        <translation>把全部案件、錄音和附件（%1）複製到：
%2

OnRecord 會先檢查每個檔案，然後才切換到新位置；目前的資料夾不會被改動。移動完成後 OnRecord 會關閉：請重新開啟它繼續使用。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The move was cancelled. Nothing was changed: the data is still in %s.</source>
        <translation>移動已取消。沒有做任何變更：資料仍在 %s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data was not moved. Nothing was changed: it is still in %s.</source>
        <translation>資料沒有移動。沒有做任何變更：資料仍在 %s。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data was not moved because of an unexpected error. It is still in %s.</source>
        <translation>由於發生意外錯誤，資料沒有移動。資料仍在 %s。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder not moved</source>
        <translation>資料儲存位置未移動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data is now in:
%1

%2 files (%3) were copied and every one was checked.</source>
        <translation>資料現在位於：
%1

已複製 %2 個檔案（%3），每一個都已檢查過。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The old folder is kept, unchanged:
%s</source>
        <translation>舊資料夾已保留，沒有改動：
%s</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Data folder moved</source>
        <translation>資料儲存位置已移動</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Delete the old folder now? Choose No to keep it; you can delete it yourself later.</source>
        <translation>現在刪除舊資料夾嗎？選擇「否」可以保留它；您以後也可以自己刪除。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The old folder was deleted.</source>
        <translation>舊資料夾已刪除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old folder not deleted completely</source>
        <translation>舊資料夾沒有完全刪除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What is left of the old folder is still in:
%s</source>
        <translation>舊資料夾剩下的內容仍在：
%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only empty folders are left in:
%s</source>
        <translation>只剩下空資料夾，位於：
%s</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Still in %1:
%n file(s) (%2), for example:</source>
        <translation>
            <numerusform>%1 中仍有：
%n 個檔案（%2），例如：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is lost: all the data is in %s. You can delete what is left yourself.</source>
        <translation>沒有遺失任何資料：所有資料都在 %s。剩下的內容您可以自行刪除。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OnRecord closes now. Open it again to go on with the data in its new place.</source>
        <translation>OnRecord 現在將關閉。請重新開啟它，繼續使用新位置中的資料。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleting the old folder… This window closes when that is done.</source>
        <translation>正在刪除舊資料夾…完成後此視窗會自動關閉。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>DataMove</name>
    <message>
        <location filename="../../datamove.py" line="+229"/>
        <source>the data is already in {path}</source>
        <extracomment>store.engine.DB_FILENAME, not imported: the command-line parser loads this module and must stay light (SQLAlchemy and Alembic are imported only when a move checks the case file). Kept free beyond the copy&apos;s own size on the new disk. Written into the new folder before its entries are put in place; removed once it is in use. The case file&apos;s companions that the online backup replaces.</extracomment>
        <translation>資料已經在 {path} 裡了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is inside the current data folder; choose a place outside {current}</source>
        <translation>{path} 在目前的資料儲存位置裡面；請選擇 {current} 之外的位置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is a file, not a folder</source>
        <translation>{path} 是一個檔案，不是資料夾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot look into {path}: {reason}</source>
        <translation>無法查看 {path} 裡的內容：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} already holds other files; OnRecord keeps its data in a folder of its own: choose a new or empty folder</source>
        <translation>{path} 裡已有其他檔案；OnRecord 要把資料放在專用的資料夾裡：請選擇一個新的或空的資料夾</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} already holds OnRecord data (a case file or recordings); it is not overwritten: choose a new or empty folder</source>
        <translation>{path} 裡已有 OnRecord 的資料（案件資料或錄音），不會覆蓋它：請選擇一個新的或空的資料夾</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not writable; choose a place where you can save files</source>
        <translation>{path} 無法寫入；請選擇一個您能儲存檔案的位置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not enough free space at {path}: the data needs {needed} (with a safety margin), only {free} is free</source>
        <translation>{path} 的可用空間不夠：資料需要 {needed}（含安全餘裕），但只有 {free} 可用</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the move was cancelled; the data stays where it was</source>
        <translation>移動已取消；資料留在原處</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the new place cannot keep the files private ({reason}); its file system may not support permissions (FAT or exFAT): choose another disk or folder</source>
        <translation>新位置無法讓檔案保持私密（{reason}）；它的檔案系統可能不支援權限設定（FAT 或 exFAT）：請選擇其他磁碟或資料夾</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new place does not keep file permissions (a file meant to be {wanted} became {got}); its file system may be FAT or exFAT: choose another disk or folder so the recordings stay private</source>
        <translation>新位置不保留檔案權限（本應為 {wanted} 的檔案變成了 {got}）；它的檔案系統可能是 FAT 或 exFAT：請選擇其他磁碟或資料夾，讓錄音保持私密</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>another program is changing the case file right now (another OnRecord window or command?); close it and try again</source>
        <translation>另一個程式正在修改案件資料（另一個 OnRecord 視窗或指令？）；請關閉它後重試</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the copied case file cannot be read: {reason}</source>
        <translation>複製後的案件資料無法讀取：{reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the case file cannot be read to compare: {reason}</source>
        <translation>無法讀取案件資料來比對：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the copied case file&apos;s audit log differs from the original&apos;s</source>
        <translation>複製後的案件資料，其稽核紀錄與原始資料不同</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>audit chain intact</source>
        <translation>稽核鏈完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit chain broken at event {event}</source>
        <translation>稽核鏈在第 {event} 筆紀錄處斷開</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the copied case file does not check out ({verdict}; {chain})</source>
        <translation>複製後的案件資料未通過檢查（{verdict}；{chain}）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{path} holds no OnRecord case file to move</source>
        <translation>{path} 裡沒有可移動的 OnRecord 案件資料</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a call is being recorded; stop the recording, then move the data</source>
        <translation>正在錄製通話；請先停止錄音，再移動資料</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write in {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the copy to {path} failed ({reason}); nothing was changed: the data is still in {current}</source>
        <translation>複製到 {path} 失敗（{reason}）；沒有任何變更：資料仍在 {current}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} differs after copying (the new disk may be faulty); nothing was changed: the data is still in {current}</source>
        <translation>{file} 複製後與原件不同（新磁碟可能有故障）；沒有任何變更：資料仍在 {current}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has a different size after copying</source>
        <translation>{file} 複製後大小不同</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>OnRecord does not use {current} yet; {old} is kept</source>
        <translation>OnRecord 尚未使用 {current}；{old} 會保留</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{old} is the data folder in use; it is not deleted</source>
        <translation>{old} 是正在使用的資料儲存位置；不會刪除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the new data folder {current} holds no case file; {old} is kept</source>
        <translation>新的資料儲存位置 {current} 裡沒有案件資料；{old} 會保留</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{old} does not look like an OnRecord data folder; it is kept</source>
        <translation>{old} 看起來不像 OnRecord 的資料儲存位置；會保留</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{old} could not be deleted completely: {reason}</source>
        <translation>{old} 未能完全刪除：{reason}</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <location filename="../../ui/devicepicker.py" line="+29"/>
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computer sound</source>
        <translation>電腦聲音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microphone (me)</source>
        <translation>麥克風（我）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also record (them)</source>
        <translation>同時錄製（對方）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sound devices cannot be listed: %s</source>
        <translation>無法列出聲音裝置：%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default microphone</source>
        <translation>系統預設麥克風</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing else (phone on speaker)</source>
        <translation>不錄其他聲音（手機開擴音）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%s (not connected)</source>
        <translation>%s（未連接）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No microphone found. Plug one in, then press Refresh.</source>
        <translation>沒有找到麥克風。請插上麥克風，然後按「重新整理」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computer sound source</source>
        <translation>電腦聲音來源</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %s you chose is not connected. Plug it in and press Refresh, or choose another.</source>
        <translation>您選擇的%s沒有連接。請插上後按「重新整理」，或選擇其他裝置。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+54"/>
        <source>The computer reported a problem: {reason}</source>
        <translation>電腦回報了一個問題：{reason}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../evidence/export.py" line="+166"/>
        <source>{what} has no digest on record from when it was saved, so the copy cannot be checked against it; nothing was exported</source>
        <extracomment>The user&apos;s values for unconfirmed conduct-rule parameters (None: from settings.json). beside an encrypted zip: how to open it (open_note.py); not part of the package the files with digests in the package&apos;s manifests, data/ and the files that describe and sign it: what `verify` counts as checked for a package of part of the case, what it holds (bag-info.txt&apos;s OnRecord-Selection) the digests the audit chain logged of it then; None: the chain has no such entry</extracomment>
        <translation>{what} 沒有儲存時記錄的雜湊值，無法據此檢查副本；未匯出任何內容</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} has no entry in the audit log from when it was saved, so its digests on record cannot be confirmed; nothing was exported</source>
        <translation>稽核紀錄中沒有{what}儲存時的紀錄，無法確認其記錄的雜湊值；未匯出任何內容</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what}: its {algorithm} on record ({recorded}…) is not the one logged in the audit log when it was saved ({logged}…): the case file was changed outside OnRecord or is damaged; nothing was exported</source>
        <translation>{what}：紀錄中的 {algorithm}（{recorded}…）與儲存時寫入稽核紀錄的不同（{logged}…）：案件資料在 OnRecord 之外被更動或已損壞；未匯出任何內容</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{what} no longer matches the {algorithm} recorded when it was saved (recorded {recorded}…, now {now}…): the file was changed or damaged after capture, so it cannot be exported as evidence; nothing was exported</source>
        <translation>{what} 與儲存時記錄的 {algorithm} 不再一致（記錄的是 {recorded}…，現在是 {now}…）：檔案在存入後被更動或損壞，不能作為證據匯出；未匯出任何內容</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>no report language {value} (choose {choices})</source>
        <extracomment>CSV files start with a UTF-8 byte order mark: without it Excel (on a Chinese Windows above all) reads them in the system&apos;s legacy code page and garbles every non-ASCII character. Python&apos;s &quot;utf-8-sig&quot;, LibreOffice and our own importers read it as UTF-8 and drop it.</extracomment>
        <translation>沒有 {value} 這種報告語言（可選：{choices}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an encrypted export needs a password that is not empty</source>
        <translation>加密匯出需要設定密碼（不可空白）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot use the signing key: {reason}</source>
        <translation>無法使用簽章金鑰：{reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create {path}: {reason}</source>
        <translation>無法建立 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} already exists; choose another folder</source>
        <translation>{path} 已存在；請選擇其他資料夾</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write in {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the export failed and was removed: {reason}</source>
        <translation>匯出失敗，已刪除未完成的內容：{reason}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>part {number} of {count} of recording {id} ({path})</source>
        <translation>錄音 {id} 的第 {number} 部分（共 {count} 部分）（{path}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording {id} ({path})</source>
        <translation>錄音 {id}（{path}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>attachment {id} ({name})</source>
        <translation>附件 {id}（{name}）</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the package failed the BagIt check ({reason}); nothing was exported</source>
        <translation>證據包未通過 BagIt 檢查（{reason}）；未匯出任何內容</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{what} is missing from the data folder ({path}); nothing was exported</source>
        <extracomment>what the bar&apos;s share of copying and drawing is reckoned from: bytes copied and checked per second, and seconds per row of the PDF&apos;s tables (a contact, a mark, a file), on this project&apos;s 2-core machine (BENCHMARKS.md)</extracomment>
        <translation>資料儲存位置中缺少{what}（{path}）；未匯出任何內容</translation>
    </message>
    <message>
        <location filename="../../evidence/selection.py" line="+256"/>
        <source>the first day ({first}) is after the last ({last})</source>
        <extracomment>the contact kinds --calls (and the export dialog&apos;s ticks) take How the package&apos;s other contents follow the chosen contacts, in case.json&apos;s words (counted as contacts: those not withdrawn) withdrawn contacts the package holds (chosen, or on the chosen days): kept as evidence, marked, counted in none of the figures above VERIFY.txt&apos;s word on a selection, under the fingerprint at its top (see ``verify_note``)</extracomment>
        <translation>開始日期（{first}）晚於結束日期（{last}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no calls were chosen: give the ids of the calls to export (see `onrecord events --case {reference}`), or leave out --calls for all of them</source>
        <translation>沒有選擇任何通話：請給出要匯出的通話編號（見 `onrecord events --case {reference}`），或者不用 --calls 以匯出全部通話</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>contact #{id} belongs to case {other}, not to case {reference}: export case {other} for it</source>
        <translation>聯絡 #{id} 屬於案件 {other}，不屬於案件 {reference}：請匯出案件 {other} 來包含它</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>case {reference} has no contact event #{id} (see `onrecord events --case {reference}`)</source>
        <translation>案件 {reference} 中沒有聯絡 #{id}（見 `onrecord events --case {reference}`）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>contact #{id} is not a call (its kind is {kind}): only calls, missed calls and voicemails can be chosen as calls</source>
        <translation>聯絡 #{id} 不是通話（它的類型是 {kind}）：只有通話、未接來電和語音留言可以作為通話選擇</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>call #{id} ({day}) is outside the chosen dates, {first} to {last}: choose dates that hold it, or leave it out</source>
        <translation>通話 #{id}（{day}）不在所選日期 {first} 至 {last} 之內：請選擇包含它的日期，或不選它</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>case {reference} has no contacts yet, so none are between {first} and {last}: export without dates</source>
        <translation>案件 {reference} 還沒有任何聯絡，所以 {first} 至 {last} 之間也沒有：請不指定日期匯出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>case {reference} has no contacts between {first} and {last}; its contacts are from {case_first} to {case_last}</source>
        <translation>案件 {reference} 在 {first} 至 {last} 之間沒有聯絡；它的聯絡在 {case_first} 至 {case_last} 之間</translation>
    </message>
</context>
<context>
    <name>ExportCalls</name>
    <message numerus="yes">
        <location filename="../../ui/export_calls.py" line="+68"/>
        <source>%n call(s) outside the chosen dates are not listed.</source>
        <translation>
            <numerusform>所選日期以外的 %n 通電話沒有列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.py" line="+77"/>
        <source>Export for my lawyer</source>
        <translation>匯出給律師</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the package</source>
        <translation>匯出證據包</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+215"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>&lt;b&gt;Export “%1” for your lawyer&lt;/b&gt;</source>
        <translation>&lt;b&gt;將「%1」匯出給您的律師&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This makes one folder with every recording exactly as it was saved, your marks and notes, a report your lawyer can read, and a signature that proves nothing was changed afterwards. Your case here is not changed.</source>
        <translation>這會產生一個資料夾，裡面有與儲存時完全一致的全部錄音、您的標記和備註、一份律師能看懂的報告，以及一個證明事後沒有任何改動的簽章。這裡的案件本身不會改變。</translation>
    </message>
    <message>
        <location filename="../../ui/export_include.py" line="+53"/>
        <source>Report language</source>
        <translation>報告語言</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only contacts &amp;from</source>
        <translation>只包括此期間的聯絡(&amp;F)：從</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only contacts between two dates</source>
        <translation>只包括兩個日期之間的聯絡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the calls I &amp;tick:</source>
        <translation>只包括我勾選的通話(&amp;T)：</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No call of this case is on the chosen dates: choose other dates, or “All contacts and recorded calls”.</source>
        <translation>本案件在所選日期內沒有通話：請選擇其他日期，或選擇「全部聯絡和錄音通話」。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A ticked call, %1, was changed or removed after this window was opened. Close the window and open it again to choose from the calls as they are now.</source>
        <translation>勾選的通話 %1 在開啟這個視窗後被修改或刪除了。請關閉視窗再重新開啟，從現在的通話中選擇。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” has no contacts yet, so none are between %2 and %3: export without dates.</source>
        <translation>「%1」還沒有任何聯絡，所以 %2 至 %3 之間也沒有：請不指定日期匯出。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” has no contacts between %2 and %3; its contacts are from %4 to %5.</source>
        <translation>「%1」在 %2 至 %3 之間沒有聯絡；它的聯絡在 %4 至 %5 之間。</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>What to include</source>
        <translation>包括哪些內容</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;All contacts (this case has no calls yet)</source>
        <translation>全部聯絡（本案件還沒有通話）(&amp;A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report &amp;language:</source>
        <translation>報告語言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls:</source>
        <translation>通話：</translation>
    </message>
    <message>
        <location filename="../../ui/export_password.py" line="+28"/>
        <source>Also make a single .&amp;zip file (easier to send)</source>
        <translation>同時產生一個 .zip 檔案（更方便傳送）(&amp;Z)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect with a password (makes an encrypted .zip only)</source>
        <translation>用密碼保護（只產生加密的 .zip 檔案）(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type it again</source>
        <translation>再輸入一次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password is never saved. Send it to your lawyer separately — by phone or in a different message, never together with the file. If it is lost, nobody can open the package.</source>
        <translation>密碼不會被儲存。請另外告訴您的律師——打電話或用另一則訊息，千萬不要和檔案一起傳送。密碼一旦遺失，任何人都無法開啟證據包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The zip is encrypted with AES-256: Windows cannot open it by itself, so tell your lawyer to use the free 7-Zip (macOS: Keka or The Unarchiver).</source>
        <translation>這個 zip 檔案以 AES-256 加密：Windows 內建的功能無法開啟，請告訴您的律師使用免費的 7-Zip（macOS：Keka 或 The Unarchiver）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The names of the files inside the zip (with the case reference and the dates of the calls) can be seen without the password; their contents cannot.</source>
        <translation>不需要密碼也能看到 zip 內的檔案名稱（包含案件編號和通話日期）；但看不到檔案內容。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.py" line="+31"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your email or phone</source>
        <translation>您的電子郵件信箱或電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email or phone number</source>
        <translation>電子郵件信箱或電話號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About you (written into the package, optional)</source>
        <translation>關於您（會寫入證據包，可不填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to &amp;reach you:</source>
        <translation>聯絡方式(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder to save the package in</source>
        <translation>儲存證據包的資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder</source>
        <translation>選擇資料夾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;in:</source>
        <translation>儲存到(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_result.py" line="+35"/>
        <source>Where the package is</source>
        <translation>證據包所在位置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing key fingerprint</source>
        <translation>簽章金鑰指紋</translation>
    </message>
    <message>
        <location filename="../../ui/export_include.py" line="+53"/>
        <source>Tick at least one call, or choose “All contacts and recorded calls”.</source>
        <translation>請至少勾選一通通話，或選擇「全部聯絡和錄音通話」。</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.py" line="+174"/>
        <source>%1, %2; %3 with a fingerprint in the package (%4 in data/, %5 that describe and sign it).</source>
        <translation>%1，%2；證據包中有指紋的共 %3（data/ 中 %4 個，說明和簽署證據包的 %5 個）。</translation>
    </message>
    <message>
        <location filename="../../ui/export_result.py" line="+57"/>
        <source>This package is a selection, not the whole case file: the first page of its report says what it holds and what is left out.</source>
        <translation>這個證據包只是其中一部分，不是整份案件資料：報告第一頁說明了它包含什麼、沒有包含什麼。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to open the zip (send it with the zip): %1</source>
        <translation>zip 檔案的開啟方法（請與 zip 檔案一起寄送）：%1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Next: give your lawyer this folder or this zip file (they hold the same), for example on a USB stick or through an upload link they send you. Inside, data/report holds the report to read (a web page and a PDF), and VERIFY.txt explains how anyone can check that nothing was changed.</source>
        <translation>下一步：把這個資料夾或這個 zip 檔案（兩者內容相同）交給您的律師，例如用隨身碟，或透過律師傳給您的上傳連結。裡面的 data/report 是可閱讀的報告（網頁和 PDF 各一份），VERIFY.txt 說明任何人都可以如何驗證內容沒有被改動。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: give your lawyer this zip file and the note beside it, which says how to open it, for example on a USB stick or through an upload link they send you; tell them the password another way. Inside, data/report holds the report to read (a web page and a PDF), and VERIFY.txt explains how anyone can check that nothing was changed.</source>
        <translation>下一步：把這個 zip 檔案和旁邊說明開啟方法的檔案一起交給律師，例如用隨身碟，或透過律師傳給您的上傳連結；密碼請用別的方式告訴律師。zip 中的 data/report 是可閱讀的報告（網頁和 PDF 各一份），VERIFY.txt 說明任何人都可以如何驗證內容沒有被改動。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next: give your lawyer this zip file, for example on a USB stick or through an upload link they send you. Inside, data/report holds the report to read (a web page and a PDF), and VERIFY.txt explains how anyone can check that nothing was changed.</source>
        <translation>下一步：把這個 zip 檔案交給您的律師，例如用隨身碟，或透過律師傳給您的上傳連結。裡面的 data/report 是可閱讀的報告（網頁和 PDF 各一份），VERIFY.txt 說明任何人都可以如何驗證內容沒有被改動。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: give your lawyer this folder, for example on a USB stick or through an upload link they send you. Inside, data/report holds the report to read (a web page and a PDF), and VERIFY.txt explains how anyone can check that nothing was changed.</source>
        <translation>下一步：把這個資料夾交給您的律師，例如用隨身碟，或透過律師傳給您的上傳連結。裡面的 data/report 是可閱讀的報告（網頁和 PDF 各一份），VERIFY.txt 說明任何人都可以如何驗證內容沒有被改動。</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Open &amp;folder</source>
        <translation>開啟資料夾(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/export_include.py" line="-102"/>
        <source>&amp;All contacts and recorded calls</source>
        <translation>全部聯絡和錄音通話(&amp;A)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The package will hold only these calls, with their recordings, marks and files, and the promises noted on them. Files attached to the case itself are always included. Possible issues are still checked against the whole case, and the report says that the package is a selection.</source>
        <translation>證據包只會包含這些通話，以及它們的錄音、標記、檔案和記在其上的承諾。附加在案件本身的檔案一律包含在內。「可能存在的問題」仍對照整個案件檢查，報告也會說明這個證據包只是其中一部分。</translation>
    </message>
    <message>
        <location filename="../../ui/export_result.py" line="+4"/>
        <source>Open &amp;report</source>
        <translation>開啟報告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.py" line="-154"/>
        <source>Where should the package be saved?</source>
        <translation>證據包要儲存在哪裡？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot export yet</source>
        <translation>暫時無法匯出</translation>
    </message>
    <message>
        <location filename="../../ui/export_include.py" line="+72"/>
        <source>The first day is after the last day.</source>
        <translation>開始日期晚於結束日期。</translation>
    </message>
    <message>
        <location filename="../../ui/export_password.py" line="+77"/>
        <source>Type a password twice, or untick “Protect with a password”.</source>
        <translation>請輸入兩次密碼，或取消勾選「用密碼保護」。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords are not the same. Please type the same password in both boxes.</source>
        <translation>兩次輸入的密碼不一致。請在兩個欄位中輸入相同的密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.py" line="+17"/>
        <source>Choose a folder to save the package in.</source>
        <translation>請選擇儲存證據包的資料夾。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Short password</source>
        <translation>密碼太短</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This password has only %n character(s): someone who gets the zip could guess it. A passphrase of several words, 10 characters or more, is much safer and still easy to read out on the phone.

Export with this password anyway?</source>
        <translation>
            <numerusform>這個密碼只有 %n 個字元：拿到 zip 檔案的人可能猜得出來。由幾個詞組成、10 個字元以上的密碼片語安全得多，在電話裡也容易唸出來。

仍然用這個密碼匯出嗎？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancel export</source>
        <translation>取消匯出</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping… nothing will be left behind.</source>
        <translation>正在停止…不會留下任何檔案。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export cancelled</source>
        <translation>匯出已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export was cancelled. Nothing was written to the folder.</source>
        <translation>匯出已取消，資料夾中沒有寫入任何內容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>The package could not be made</source>
        <translation>無法產生證據包</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Nothing was written. The reason:</source>
        <translation>沒有寫入任何內容。原因：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something unexpected went wrong; nothing was kept. Details:</source>
        <translation>出現了意外問題，沒有保留任何內容。詳細資訊：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/export_result.py" line="+27"/>
        <source>Your package is ready.</source>
        <translation>您的證據包已準備好。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder: %1</source>
        <translation>資料夾：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zip file: %1</source>
        <translation>zip 檔案：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.py" line="+18"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n 個錄音</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 個附件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_result.py" line="+21"/>
        <source>The zip is encrypted. Remember to send the password separately.</source>
        <translation>這個 zip 檔案已加密。記得另外傳送密碼。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed with this computer&apos;s key. Its fingerprint:&lt;br&gt;&lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;The same fingerprint is printed on the first page of the report; your lawyer can compare them.</source>
        <translation>已用本電腦的金鑰簽章。金鑰指紋：&lt;br&gt;&lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;報告第一頁上印有同樣的指紋，您的律師可以核對。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report is inside the encrypted zip; open the zip with the password.</source>
        <translation>報告在加密的 zip 檔案裡；請用密碼開啟 zip 檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/export_calls.py" line="-19"/>
        <source>unknown caller</source>
        <translation>不明來電人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2, %3)</source>
        <comment>a call: when (kind, caller)</comment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Calls to include</source>
        <translation>要包括的通話</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags and note</source>
        <translation>標籤和備註</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not recorded</source>
        <translation>沒有錄音</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No call of this case is on the chosen dates.</source>
        <translation>本案件在所選日期內沒有通話。</translation>
    </message>
</context>
<context>
    <name>ExportSaid</name>
    <message>
        <location filename="../../progresswords.py" line="+60"/>
        <source>exported: %1</source>
        <translation>已匯出：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how to open it (send it with the zip, never the password): %1</source>
        <translation>開啟方法（與 zip 檔案一起寄送，切勿附上密碼）：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2, %3 (%4 with the files that describe and sign the package)</source>
        <translation>%1，%2，%3（連同說明和簽署證據包的檔案共 %4 個）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n 段錄音</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 個附件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n payload file(s)</source>
        <translation>
            <numerusform>%n 個內容檔案</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed by %1</source>
        <translation>簽章金鑰 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export cancelled; nothing was written</source>
        <translation>匯出已取消；沒有寫入任何內容</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../store/validate.py" line="+23"/>
        <source>title</source>
        <extracomment>Every field name the store&apos;s messages can name, for the translators (the UI translates the name inside a message; tests/test_messages.py checks the store names no other).</extracomment>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creditor</source>
        <translation>原始債權人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agency</source>
        <translation>催收機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account_ref</source>
        <translation>帳戶 / 合約編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my_numbers</source>
        <translation>您的電話號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contract_notes</source>
        <translation>合約備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aliases</source>
        <translation>別名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employee_id</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start time</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment amount</source>
        <translation>還款金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment date</source>
        <translation>還款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>method</source>
        <translation>還款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark time</source>
        <translation>標記時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact date</source>
        <translation>聯絡日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debt may be illegal</source>
        <translation>債務可能不合法</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../ui/firstrun.py" line="+181"/>
        <source>Welcome to OnRecord</source>
        <extracomment>the guide&apos;s pages, in order</extracomment>
        <translation>歡迎使用 OnRecord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip the guide</source>
        <translation>跳過導覽</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OnRecord keeps evidence of calls from debt collectors on this computer: recordings, what was said, and every contact attempt. Nothing is sent anywhere. It gives information, not legal advice.</source>
        <translation>OnRecord 在這台電腦上保存催收來電的證據：錄音、對方說了什麼，以及每一次聯絡。任何內容都不會被傳送出去。它提供的是資訊，而不是法律意見。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language (a change applies from the next start)</source>
        <translation>語言（變更後下次啟動時生效）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: %1. You can change it at any time in Settings → Language.</source>
        <translation>語言：%1。您可以隨時在「設定 → 語言」中變更。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where you live</source>
        <translation>您所在的地區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This decides which collection rules and times apply to new cases.</source>
        <translation>這會決定新案件適用哪些催收規定和時間。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Whose rules apply</source>
        <translation>適用哪裡的規定</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Your time zone</source>
        <translation>您的時區</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording calls</source>
        <translation>通話錄音</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test your microphone</source>
        <translation>測試麥克風</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the microphone, press “Test the microphone” and speak. If the other side of your calls plays on this computer (a softphone), choose it under “Also record”.</source>
        <translation>選擇麥克風，按「測試麥克風」並說話。如果通話對方的聲音是從這台電腦播放的（例如網路電話軟體），請在「同時錄製」中選擇它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where your data is kept</source>
        <translation>資料存放在哪裡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is kept in this folder on this computer, readable only by you. Back it up from time to time with Settings &gt; Back up all data.</source>
        <translation>所有內容都存放在這台電腦上的這個資料夾裡，只有您能讀取。請不時透過「設定 → 備份全部資料」進行備份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data folder</source>
        <translation>資料儲存位置</translation>
    </message>
</context>
<context>
    <name>HourBars</name>
    <message>
        <location filename="../../ui/charts/widgets.py" line="-142"/>
        <source>Contact attempts by hour of day</source>
        <translation>依一天中時段統計的聯絡次數</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1:00–%1:59: %n attempt(s)</source>
        <translation>
            <numerusform>%1:00–%1:59：%n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outside the hours collectors may call</source>
        <translation>在允許催收聯絡的時段以外</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Shaded: outside %1:00–%2:00, when collectors may not call</source>
        <translation>陰影：%1:00–%2:00 以外，不允許催收聯絡的時段</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../imports/audacity.py" line="+30"/>
        <source>line {line}: the {what} time {value} is not a number</source>
        <translation>第 {line} 行：{what}時間 {value} 不是數字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line {line}: the {what} time {value} is out of range</source>
        <translation>第 {line} 行：{what}時間 {value} 超出範圍</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} is too large to be a label file</source>
        <translation>{file} 太大，不可能是標籤檔案</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../imports/csvlog.py" line="+144"/>
        <location filename="../../imports/service.py" line="+128"/>
        <location filename="../../imports/smsbackup.py" line="+279"/>
        <source>cannot read {path}: {reason}</source>
        <extracomment>source key -&gt; the case&apos;s call that this recording is another side of (a recording of a call the log gave): see samecall.py source key -&gt; the recorded call whose note and tags this line of the user&apos;s own log adds to (it is that call, not another): see filewords.py source key -&gt; the recorded call this line of the phone&apos;s call log confirms: filed with that call as the phone&apos;s own record of it (store.confirmations) how dates that could be read two ways were read (also in ``preview.notes``) lines of the user&apos;s log for calls already recorded whose notes or tags were added lines of the phone&apos;s call log filed with the recorded calls they confirm</extracomment>
        <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is not UTF-8 text (byte {byte}); Audacity writes UTF-8</source>
        <translation>{file} 不是 UTF-8 文字（第 {byte} 個位元組）；Audacity 寫出的是 UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line {line}: a frequency line with no label before it</source>
        <translation>第 {line} 行：頻率行前面沒有標籤</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} line {line}: expected start&lt;TAB&gt;end&lt;TAB&gt;text, got {text}</source>
        <translation>{file} 第 {line} 行：應為 開始&lt;TAB&gt;結束&lt;TAB&gt;文字，實際是 {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} line {line}: the label ends before it starts</source>
        <translation>{file} 第 {line} 行：標籤的結束早於開始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} line {line}: contains a NUL character</source>
        <translation>{file} 第 {line} 行：含有 NUL 字元</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has no labels</source>
        <translation>{file} 裡沒有標籤</translation>
    </message>
    <message>
        <location filename="../../imports/bcr.py" line="+80"/>
        <source>no time zone offset in {value}</source>
        <translation>{value} 裡沒有時區偏移</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the date {value} is not between 2000 and 2100</source>
        <translation>日期 {value} 不在 2000 到 2100 年之間</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the name does not follow BCR&apos;s template (date_direction_number)</source>
        <translation>檔名不符合 BCR 的格式（日期_方向_號碼）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it has no valid timestamp_unix_ms</source>
        <translation>其中沒有有效的 timestamp_unix_ms</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the audio cannot be read ({reason})</source>
        <translation>無法讀取音訊（{reason}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the audio&apos;s sample rate and length cannot be read</source>
        <translation>無法讀取音訊的取樣率和長度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{folder} is not a folder of BCR recordings</source>
        <translation>{folder} 不是存放 BCR 錄音的資料夾</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a recording</source>
        <translation>不是錄音</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} holds no audio files ({extensions})</source>
        <translation>{folder} 裡沒有音訊檔案（{extensions}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreadable recording</source>
        <translation>無法讀取的錄音</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its JSON {file} is too large to be BCR&apos;s</source>
        <translation>它的 JSON 檔案 {file} 太大，不可能是 BCR 產生的</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its JSON {file} is not BCR&apos;s ({reason})</source>
        <translation>它的 JSON 檔案 {file} 不是 BCR 產生的（{reason}）</translation>
    </message>
    <message>
        <location filename="../../imports/csvlog.py" line="+205"/>
        <source>{where}: {column} must be yes or no, not {value}</source>
        <translation>{where}：{column} 只能是 yes 或 no，不能是 {value}</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>{file} is too large for a contact log</source>
        <extracomment>OnRecord&apos;s own names for the columns, as its English template has them what Excel&apos;s plain &quot;CSV&quot; is in, by the case&apos;s phone region (its ANSI code page) a date and time as the refusal shows one, by the file&apos;s language</extracomment>
        <translation>{file} 太大，不可能是聯絡紀錄表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} is not UTF-8 (byte {byte}); save it as &apos;CSV UTF-8&apos;</source>
        <translation>{file} 不是 UTF-8 編碼（第 {byte} 個位元組）；請另存為「CSV UTF-8」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} contains NUL characters: it is not a CSV text file</source>
        <translation>{file} 含有 NUL 字元：它不是 CSV 文字檔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} is empty (the first line must name the columns)</source>
        <translation>{file} 是空的（第一行必須寫出各欄的名稱）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{where}: column {number} has no name but holds {value}</source>
        <translation>{where}：第 {number} 欄沒有欄名，卻填有 {value}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unknown column(s) {columns}</source>
        <translation>未知的欄：{columns}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>columns {columns} say the same thing; keep one</source>
        <translation>{columns} 這幾欄說的是同一件事；請只保留一欄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing column(s) {columns}</source>
        <translation>缺少的欄：{columns}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} line 1: {problems} (columns: {columns})</source>
        <translation>{file} 第 1 行：{problems}（可用的欄：{columns}）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{where}: {column} {value} is not one of {kinds}</source>
        <translation>{where}：{column}欄的 {value} 不是以下類型之一：{kinds}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{where}: {column} {value} is not one of {directions}</source>
        <translation>{where}：{column}欄的 {value} 不是以下方向之一：{directions}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: {kind_column} {kind} and {column} {value} disagree</source>
        <translation>{where}：{kind_column}欄的 {kind} 與{column}欄的 {value} 互相矛盾</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{where}: {column} {value} does not say minutes or seconds: write it like {examples}, or name the column {named}</source>
        <translation>{where}：{column}欄的 {value} 沒有寫明是分鐘還是秒：請寫成 {examples} 這樣，或將這一欄命名為 {named}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{where}: {column} {value} is not a length like {examples}</source>
        <translation>{where}：{column}欄的 {value} 不是 {examples} 這樣的時長</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: {column} must be between 0 and a week</source>
        <translation>{where}：{column}欄必須在 0 到一週之間</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{where}: {column} {value} is not a date and time like {example}</source>
        <translation>{where}：{column}欄的 {value} 不是 {example} 這樣的日期和時間</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: {column} {value} has no time of day (like 15:54); only a letter may have a date alone</source>
        <translation>{where}：{column}欄的 {value} 沒有具體時刻（如 15:54）；只有信件可以只寫日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: {column} {value} is not between 2000 and 2100</source>
        <translation>{where}：{column}欄的 {value} 不在 2000 年到 2100 年之間</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>{file} line {line}</source>
        <translation>{file} 第 {line} 行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: more cells than columns</source>
        <translation>{where}：儲存格數量多於欄數</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} line {line}: {reason}</source>
        <translation>{file} 第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{where}: unknown time zone {zone}</source>
        <translation>{where}：未知的時區 {zone}</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>{where}: unknown tag {tag} (known: {known})</source>
        <translation>{where}：未知的標籤 {tag}（可用的有：{known}）</translation>
    </message>
    <message>
        <location filename="../../imports/service.py" line="-67"/>
        <source>dated more than a day in the future (a wrong date or clock)</source>
        <extracomment>Events written per transaction during an import. Why a record dated more than a day ahead of this computer&apos;s clock is left out.</extracomment>
        <translation>日期比現在晚一天以上（日期或時鐘有誤）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>cannot tell what {file} is; give --format ({formats})</source>
        <translation>無法判斷 {file} 是什麼檔案；請用 --format 指定（{formats}）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>nothing to import: give a file or folder</source>
        <translation>沒有要匯入的內容：請選擇檔案或資料夾</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import one kind of file at a time</source>
        <translation>一次只能匯入一種檔案</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} is a folder; give the backup&apos;s .xml file</source>
        <translation>{path} 是資料夾；請選擇備份的 .xml 檔案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>messages (sms-*.xml)</source>
        <translation>簡訊（sms-*.xml）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calls (calls-*.xml)</source>
        <translation>通話（calls-*.xml）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a backup of {other}, not {format}</source>
        <translation>{file} 是{other}的備份，不是 {format}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} says it holds {declared} records; {found} were found</source>
        <translation>{file} 聲明包含 {declared} 筆紀錄；實際找到 {found} 筆</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>{count} recording(s) are of calls already in the case (same number, same time): each is filed with its call, not added as another call</source>
        <translation>有 {count} 段錄音屬於案件中已有的通話（號碼相同、時間相同）：每段錄音都歸入它所屬的那次通話，不會另算一次通話</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} row(s) are calls already recorded: their notes and tags are added to those calls</source>
        <translation>有 {count} 列是已錄音的通話：這些列的備註和標籤會加到對應的通話上</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} call(s) in the log are already recorded: each line is filed with its recorded call as the phone&apos;s own record of it (its length, the name saved in the phone&apos;s contacts), not added as another call</source>
        <translation>通話紀錄中有 {count} 次通話已有錄音：每一列都作為手機對這次通話的紀錄（時長、手機通訊錄中儲存的名字）歸入對應的錄音通話，不會另算一次通話</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audacity labels go onto a recording: give --recording ID</source>
        <translation>Audacity 標籤要加到一段錄音上：請用 --recording 指定錄音編號</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this case has no recording {id}</source>
        <translation>此案件沒有編號為 {id} 的錄音</translation>
    </message>
    <message>
        <location filename="../../imports/smsbackup.py" line="-222"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outbox</source>
        <translation>寄件匣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>傳送失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>待傳送</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{where} has no valid date ({value})</source>
        <translation>{where} 沒有有效的日期（{value}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} has a date outside 2000–2100 ({value})</source>
        <translation>{where} 的日期不在 2000–2100 年之間（{value}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown call type {value}</source>
        <translation>未知的通話類型 {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where} has an invalid duration ({value})</source>
        <translation>{where} 的長度無效（{value}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} has an impossible duration ({value} s)</source>
        <translation>{where} 的長度不可能是 {value} 秒</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>SMS {box}</source>
        <translation>簡訊{box}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown SMS type {value}</source>
        <translation>未知的簡訊類型 {value}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MMS {box}</source>
        <translation>多媒體簡訊{box}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown MMS box {value}</source>
        <translation>未知的多媒體簡訊信箱 {value}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{file} is not an SMS Backup &amp; Restore file (its root element is {root}, not &lt;calls&gt; or &lt;smses&gt;)</source>
        <translation>{file} 不是 SMS Backup &amp; Restore 的檔案（它的根元素是 {root}，不是 &lt;calls&gt; 或 &lt;smses&gt;）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{element} element</source>
        <translation>{element} 元素</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} is damaged or incomplete at line {line}, column {column} (after {after} complete record(s)): {reason}</source>
        <translation>{file} 在第 {line} 行第 {column} 欄處損壞或不完整（之前有 {after} 筆完整紀錄）：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was refused: it contains a document type declaration (DTD). Backups never do; DTDs are how entity-expansion (&apos;billion laughs&apos;) and external-entity attacks work, so the file is not read</source>
        <translation>{file} 已被拒絕：它含有文件類型宣告（DTD）。備份檔案從不包含 DTD；實體展開（「十億笑聲」）和外部實體攻擊正是利用 DTD 進行的，因此不會讀取這個檔案</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was refused: it declares XML entities or external references, which backups never contain (a possible entity-expansion attack)</source>
        <translation>{file} 已被拒絕：它宣告了 XML 實體或外部參照，備份檔案從不包含這些（可能是實體展開攻擊）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has text that is not valid in its encoding: {reason}</source>
        <translation>{file} 含有不符合其編碼的文字：{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is empty</source>
        <translation>{file} 是空的</translation>
    </message>
    <message>
        <location filename="../../imports/csvreadings.py" line="+21"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{day} {month}</source>
        <translation>{month}{day}日</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>dates like {example} were read as {date} (month first, as written in {place})</source>
        <translation>{example} 這樣的日期按 {date} 讀取（月份在前，按{place}的寫法）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dates like {example} were read as {date} (day first, as written in {place})</source>
        <translation>{example} 這樣的日期按 {date} 讀取（日在前，按{place}的寫法）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dates without a year were read as the latest such day not in the future: {example} → {date}</source>
        <translation>沒有寫年份的日期，按不晚於今天的最近一個這樣的日子讀取：{example} → {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{clock} on {day} was read as {time} on {date}</source>
        <translation>{day} 的「{clock}」按 {date} {time} 讀取</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.py" line="+76"/>
        <source>Import from my phone</source>
        <translation>從手機匯入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+401"/>
        <source>&amp;Read the file</source>
        <translation>讀取檔案(&amp;R)</translation>
    </message>
    <message>
        <location line="-398"/>
        <location line="+395"/>
        <location line="+36"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>Phone call log — an SMS Backup &amp;&amp; Restore file (calls-….xml)</source>
        <translation>手機通話紀錄——SMS Backup &amp;&amp; Restore 備份檔案（calls-….xml）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text messages — an SMS Backup &amp;&amp; Restore file (sms-….xml)</source>
        <translation>簡訊——SMS Backup &amp;&amp; Restore 備份檔案（sms-….xml）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call recordings made by BCR (the folder they are in)</source>
        <translation>BCR 錄製的通話錄音（所在的資料夾）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact log spreadsheet (.csv)</source>
        <translation>聯絡紀錄試算表（.csv）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audacity labels for one of my recordings (.txt)</source>
        <translation>我某個錄音的 Audacity 標籤（.txt）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Import into “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;匯入到「%1」&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring in calls and messages your phone already has. First you will see what the file holds and choose which numbers belong to this case; nothing is added before you confirm.</source>
        <translation>匯入手機裡已有的通話和簡訊。您會先看到檔案裡有什麼，並選擇哪些號碼屬於本案件；在您確認之前，不會新增任何內容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What do you want to import?</source>
        <translation>您要匯入什麼？</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+54"/>
        <source>C&amp;hoose file(s)…</source>
        <translation>選擇檔案(&amp;H)…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Choose what to import</source>
        <translation>選擇要匯入的內容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen files</source>
        <translation>已選擇的檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an empty &amp;spreadsheet to fill in…</source>
        <translation>儲存一個空白試算表來填寫(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a contact log template</source>
        <translation>儲存聯絡紀錄範本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The labels belong to this recor&amp;ding:</source>
        <translation>這些標籤屬於此錄音(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the labels belong to</source>
        <translation>標籤所屬的錄音</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>C&amp;hoose the folder…</source>
        <translation>選擇資料夾(&amp;H)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call log backups (*.xml)</source>
        <translation>通話紀錄備份 (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message backups (*.xml)</source>
        <translation>簡訊備份 (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Spreadsheets (*.csv)</source>
        <translation>試算表 (*.csv)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Label files (*.txt)</source>
        <translation>標籤檔案 (*.txt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the BCR folder</source>
        <translation>選擇 BCR 資料夾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the label file</source>
        <translation>選擇標籤檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file(s)</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the contact log template</source>
        <translation>儲存聯絡紀錄範本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template saved</source>
        <translation>範本已儲存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1 and a guide to its columns beside it. Add one row per contact in a spreadsheet, save it as CSV (UTF-8), then import it here.</source>
        <translation>已儲存 %1，旁邊還有一份各欄的說明。請用試算表軟體填寫，每次聯絡一列，另存為 CSV（UTF-8），然後在這裡匯入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick the numbers that belong to this case, and say who called from each. Numbers you leave unticked (family, friends, your bank) are not imported.</source>
        <translation>請勾選屬於本案件的號碼，並說明每個號碼是誰打來的。未勾選的號碼（家人、朋友、您的銀行）不會被匯入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is your own log: every number in it is ticked. Say who called from each; untick a number only if its rows do not belong to this case.</source>
        <translation>這是您自己記錄的聯絡紀錄：其中每個號碼都已勾選。請註明每個號碼是誰打來的；只有當某個號碼的紀錄不屬於本案件時，才取消勾選。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick &amp;all</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick &amp;none</source>
        <translation>取消全選(&amp;N)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;——%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n label(s) found</source>
        <translation>
            <numerusform>找到 %n 個標籤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already on the recording</source>
        <translation>
            <numerusform>%n 個已在錄音上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>找到 %n 次聯絡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in this case</source>
        <translation>
            <numerusform>%n 次已在本案件中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n removed from this case after an earlier import (not added again)</source>
        <translation>
            <numerusform>%n 次在之前匯入後已從本案件刪除（不再新增）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n duplicate(s) from overlapping backups merged</source>
        <translation>
            <numerusform>已合併重疊備份中的 %n 筆重複紀錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entry(ies) skipped</source>
        <translation>
            <numerusform>跳過 %n 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n number(s) ticked</source>
        <translation>
            <numerusform>已勾選 %n 個號碼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Add notes to %n recorded call(s)</source>
        <translation>
            <numerusform>將備註加到 %n 次已錄音的通話上(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;File the log with %n recorded call(s)</source>
        <translation>
            <numerusform>將通話紀錄歸入 %n 次已錄音的通話(&amp;F)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Import %n new contact(s)</source>
        <translation>
            <numerusform>匯入 %n 次新聯絡(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import summary</source>
        <translation>匯入摘要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import stopped.</source>
        <translation>匯入已停止。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished.</source>
        <translation>匯入完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added to the case: %1</source>
        <translation>已新增到案件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the case (not added twice): %1</source>
        <translation>案件中已有（未重複新增）：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes and tags added to calls already recorded: %1</source>
        <translation>加到已錄音通話上的備註和標籤：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls already recorded, now confirmed by the phone&apos;s call log: %1</source>
        <translation>已有錄音、現由手機通話紀錄印證的通話：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed from the case after an earlier import (not added again): %1</source>
        <translation>之前匯入後已從案件刪除（未再新增）：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts not imported (numbers you did not tick): %1</source>
        <translation>未匯入的聯絡（您未勾選的號碼）：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped while reading (drafts, unreadable entries…): %1</source>
        <translation>讀取時跳過（草稿、無法讀取的項目等）：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cancelled; importing the same file again adds the rest.</source>
        <translation>您已取消；再次匯入同一檔案會新增剩餘部分。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No recording</source>
        <translation>沒有錄音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case has no recording to put the labels on.</source>
        <translation>本案件沒有可以新增這些標籤的錄音。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing was added to your case.</source>
        <translation>您的案件中沒有新增任何內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>This file cannot be imported</source>
        <translation>無法匯入此檔案</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not imported</source>
        <translation>未匯入</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The import stopped</source>
        <translation>匯入已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts saved before the problem are kept; importing the same file again adds only the rest. The reason:</source>
        <translation>出現問題之前已儲存的聯絡會保留；再次匯入同一檔案只會新增剩餘部分。原因：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>ImportFacts</name>
    <message>
        <location filename="../../ui/labels.py" line="+160"/>
        <source>missed</source>
        <translation>未接聽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>went to voicemail</source>
        <translation>轉入語音信箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected on the phone</source>
        <translation>在手機上拒接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked by the phone&apos;s refuse list</source>
        <translation>被手機的封鎖名單攔截</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked as allowed by the network</source>
        <translation>網路標記為允許顯示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden by the caller</source>
        <translation>對方隱藏了號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown to the network</source>
        <translation>網路未提供號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from a payphone</source>
        <translation>來自公用電話</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>caller ID withheld (%1)</source>
        <translation>來電號碼未顯示（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saved in the phone&apos;s contacts as “%1”</source>
        <translation>手機通訊錄中儲存為「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the phone showed “%1”</source>
        <translation>手機顯示為「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not imported from the message: %1</source>
        <translation>未從多媒體簡訊中匯入：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>also sent to %1</source>
        <translation>同時傳送給 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+29"/>
        <source>; </source>
        <comment>between two facts of a phone&apos;s record; Chinese: ；</comment>
        <translation>；</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>also in the phone&apos;s call log</source>
        <translation>手機的通話紀錄中也有這通電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also in the phone&apos;s call log, which gives its length as %1</source>
        <translation>手機的通話紀錄中也有這通電話，紀錄的通話長度為 %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location line="-197"/>
        <source>United States</source>
        <extracomment>the number an import stores for a withheld caller (imports.common.WITHHELD_RAW): our word</extracomment>
        <translation>美國</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland China</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>臺灣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>英國</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collector</source>
        <translation>催收員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection agency</source>
        <translation>催收機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original creditor</source>
        <translation>原始債權人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law firm</source>
        <translation>律師事務所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party (family, employer…)</source>
        <translation>第三方（家人、雇主等）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed call</source>
        <translation>未接來電</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>語音留言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat message</source>
        <translation>聊天訊息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>到訪</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From them</source>
        <translation>對方發起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From me</source>
        <translation>我發起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To others</source>
        <translation>聯絡他人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不詳</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded here</source>
        <translation>在本軟體錄音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged by hand</source>
        <translation>手動記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>示範</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>still recording</source>
        <translation>仍在錄音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovered after an interruption</source>
        <translation>中斷後已復原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped by a problem (the audio so far is kept)</source>
        <translation>因故障停止（已錄下的聲音都已保留）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported</source>
        <translation>匯入的</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>withheld or unknown caller</source>
        <translation>隱藏號碼或未知來電</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown country code</source>
        <translation>未知的國家代碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a phone number</source>
        <translation>不是電話號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long</source>
        <translation>太長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short service number</source>
        <translation>服務短碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid number</source>
        <translation>不是有效的號碼</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a valid number in region %1</source>
        <translation>在 %1 地區不是有效的號碼</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>withheld (%1)</source>
        <translation>隱藏號碼（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>withheld</source>
        <translation>未顯示號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>caller ID withheld</source>
        <translation>來電號碼未顯示</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>customer service</source>
        <translation>客服</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/i18n.py" line="+96"/>
        <source>Follow the system</source>
        <extracomment>The translators installed now, kept referenced so Qt does not lose them.</extracomment>
        <translation>依照系統設定</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../ui/timeline/ledger.py" line="+91"/>
        <source>Kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken</source>
        <translation>未履行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Kept late: paid on %1</source>
        <translation>已履行（逾期）：於 %1 還款</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <source>Date passed %n day(s) ago</source>
        <translation>
            <numerusform>所定日期已過 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kept: paid on %1</source>
        <translation>已履行：於 %1 還款</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You paid %1 on %2 in answer to it</source>
        <translation>您就此於 %2 付款 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You paid %1 on %2, after their date</source>
        <translation>您於 %2 付款 %1，晚於對方所定日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You paid %1 on %2, by their date</source>
        <translation>您於 %2 付款 %1，在對方所定期限內</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 paid</source>
        <translation>已還 %1（共 %2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open, no date</source>
        <translation>待履行，無日期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>They did</source>
        <translation>對方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I did</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="-49"/>
        <location filename="../../ui/timeline/ledger.py" line="+6"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/ledger.py" line="+8"/>
        <source>paid on %1</source>
        <translation>%1 還款</translation>
    </message>
    <message numerus="yes">
        <location line="-90"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n payment(s) linked to it will stay on record, linked to no promise.</source>
        <translation>
            <numerusform>與它關聯的 %n 筆還款會保留紀錄，但不再關聯任何承諾。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天後到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n promise(s) overdue.</source>
        <translation>
            <numerusform>%n 項承諾已逾期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../ui/timeline/ledgerdialog.py" line="+123"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Not removed</source>
        <translation>未刪除</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../ui/timeline/ledger.py" line="+129"/>
        <source>Who promised</source>
        <extracomment>Runs a dialog; tests replace it to fill in and accept the dialog.</extracomment>
        <translation>承諾方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They did</source>
        <translation>對方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I did</source>
        <translation>我</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid on</source>
        <translation>還款日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>憑證編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For promise</source>
        <translation>對應承諾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promises</source>
        <translation>承諾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>還款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a pro&amp;mise…</source>
        <translation>新增承諾(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A promise made in a letter, SMS, visit or a call you did not record</source>
        <translation>在信件、簡訊、到訪或未錄音的通話中做出的承諾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a pa&amp;yment…</source>
        <translation>新增還款(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment you made (if a promise is selected, it pays that promise)</source>
        <translation>您的一筆還款（如果選取了某項承諾，這筆還款就算在該承諾下）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;kept</source>
        <translation>標為已履行(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;broken</source>
        <translation>標為未履行(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the selected promise or payment (or double-click it)</source>
        <translation>修改所選的承諾或還款（也可以按兩下它）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected promise or payment, for example one entered twice (or press Delete); the case&apos;s audit log keeps what it was</source>
        <translation>刪除所選的承諾或還款，例如重複輸入的一筆（也可以按 Delete 鍵）；案件的稽核紀錄會保留它原來的內容</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Promises&lt;/b&gt; — theirs and yours</source>
        <translation>&lt;b&gt;承諾&lt;/b&gt;——對方的和您的</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&lt;b&gt;Payments&lt;/b&gt; you made</source>
        <translation>您的&lt;b&gt;還款&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No promises recorded.</source>
        <translation>沒有記錄任何承諾。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing overdue.</source>
        <translation>沒有逾期的承諾。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>E&amp;dit promise…</source>
        <translation>修改承諾(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove promise…</source>
        <translation>刪除承諾(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit payment…</source>
        <translation>修改還款(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove payment…</source>
        <translation>刪除還款(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit…</source>
        <translation>修改(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove…</source>
        <translation>刪除(&amp;O)…</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Remove a promise</source>
        <translation>刪除承諾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this promise?</source>
        <translation>刪除這筆承諾嗎？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove a payment</source>
        <translation>刪除還款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this payment?</source>
        <translation>刪除這筆還款嗎？</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../ui/levelmeter.py" line="+65"/>
        <source>Silent</source>
        <translation>無聲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dBFS</source>
        <translation>%1 dBFS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too loud, distorted</source>
        <translation>聲音太大，已失真</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../ui/liverefresh.py" line="+110"/>
        <source>Updated with what was saved in another OnRecord window or by the onrecord command.</source>
        <extracomment>The window now shows what was saved elsewhere.</extracomment>
        <translation>已顯示另一個 OnRecord 視窗或 onrecord 指令剛儲存的內容。</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../ui/lockui.py" line="+24"/>
        <source>Passphrase to open OnRecord:</source>
        <translation>開啟 OnRecord 的密碼片語：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>That passphrase is not right.</source>
        <translation>密碼片語不正確。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Remove the passphrase</source>
        <translation>移除密碼片語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the current passphrase to remove it:</source>
        <translation>請輸入目前的密碼片語以移除它：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+26"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>密碼片語</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>OnRecord no longer asks for a passphrase.</source>
        <translation>OnRecord 不再要求輸入密碼片語。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Lock with a passphrase</source>
        <translation>用密碼片語鎖定</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>OnRecord will ask for this passphrase when it opens. It keeps others from opening your cases here; it does not encrypt the files. If you forget it, delete the “lock” line in settings.json in the data folder.

Passphrase:</source>
        <translation>OnRecord 開啟時會要求輸入這個密碼片語。它能防止別人在這台電腦上開啟您的案件，但不會加密檔案。如果忘記了，請刪除資料儲存位置中 settings.json 裡的「lock」那一行。

密碼片語：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type it again:</source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases differ; nothing changed.</source>
        <translation>兩次輸入的密碼片語不一致；沒有做任何變更。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use at least 4 characters.</source>
        <translation>請至少使用 4 個字元。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OnRecord will ask for it from the next start.</source>
        <translation>從下次啟動起，OnRecord 會要求輸入它。</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../ui/timeline/logdialog.py" line="+155"/>
        <source>Log a contact</source>
        <translation>記錄一次聯絡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit a contact</source>
        <translation>修改聯絡紀錄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Missed call</source>
        <translation>未接來電(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SMS</source>
        <translation>簡訊(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letter</source>
        <translation>信件(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit</source>
        <translation>到訪(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call (not recorded)</source>
        <translation>通話（未錄音）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>語音留言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat message</source>
        <translation>聊天訊息</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/whenfield.py" line="+63"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the contact&apos;s time zone, not this computer&apos;s</source>
        <translation>這是該聯絡紀錄的時區，不是這台電腦的時區</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case&apos;s time zone, not this computer&apos;s</source>
        <translation>這是案件的時區，不是這台電腦的時區</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Read as %1 — type A for %2.</source>
        <translation>以 %1 記錄——輸入 A 可改為 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1 — type P for %2.</source>
        <translation>以 %1 記錄——輸入 P 可改為 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/numberfield.py" line="+62"/>
        <source>(no number)</source>
        <extracomment>the role of a listed number&apos;s &quot;whose&quot; words (the list shows them; the field does not)</extracomment>
        <translation>（無號碼）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number, or leave empty</source>
        <translation>號碼，可留空</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Who</source>
        <translation>對方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/logdialog.py" line="+42"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From them to me</source>
        <translation>對方聯絡我</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From me to them</source>
        <translation>我聯絡對方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From them to someone else (family, friends, work)</source>
        <translation>對方聯絡了別人（家人、朋友、工作地點）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In this contact I told them</source>
        <translation>在這次聯絡中我告訴對方</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None of these</source>
        <translation>都沒有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To stop contacting me</source>
        <translation>停止聯絡我</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That I have a lawyer (to contact my lawyer)</source>
        <translation>我已委任律師（請聯絡我的律師）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not to call me at work</source>
        <translation>不要打到我的工作地點</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filesfield.py" line="+77"/>
        <source>Attach files to this contact</source>
        <translation>為這次聯絡附加檔案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files for this contact</source>
        <translation>這次聯絡的檔案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Attach files…</source>
        <translation>附加檔案(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screenshots, letter scans, chat exports: copied into the case and fingerprinted when the contact is saved</source>
        <translation>螢幕截圖、信件掃描檔、聊天紀錄匯出檔：儲存聯絡紀錄時複製到案件中並計算指紋</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/logdialog.py" line="+64"/>
        <source>In this contact, I t&amp;old them:</source>
        <translation>在這次聯絡中，我告訴對方(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filesfield.py" line="+42"/>
        <source>File not attached</source>
        <translation>檔案未附加</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is attached to this contact already.</source>
        <translation>%1 已經附加在這次聯絡上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case itself</source>
        <translation>整個案件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contact of %1 (%2, #%3)</source>
        <translation>%1 的聯絡紀錄（%2，#%3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already in this case, attached to %2 (the same file, by its fingerprint). A file is kept once, so it is not attached here.</source>
        <translation>%1 已在本案件中，附加在%2上（依指紋判斷是同一個檔案）。同一個檔案只保存一次，因此不會附加在這裡。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1  (fingerprint %2…)</source>
        <translation>%1  （指紋 %2…）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  (attached when saved)</source>
        <translation>%1  （儲存時附加）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No files attached yet.</source>
        <translation>還沒有附件。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/whenfield.py" line="-14"/>
        <source>Later than now: check the date and the hour.</source>
        <translation>晚於現在：請檢查日期和時間。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read as %1 (%2 is later than now).</source>
        <translation>以 %1 記錄（%2 晚於現在）。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/numberfield.py" line="+47"/>
        <source>A letter, a visit or an email does not come from a phone number: keep this number only if it really belongs to this contact, or empty the field.</source>
        <translation>信件、上門或電子郵件不是從電話號碼來的：只有這個號碼確實屬於這次聯絡時才保留，否則請清空此欄。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not a phone number OnRecord recognises: it will be kept exactly as typed. Check it, or leave the field empty.</source>
        <translation>這個號碼好像不完整或有誤。它會依輸入的原樣儲存，請核對，或者留空。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/logdialog.py" line="+81"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/contactchecks.py" line="+54"/>
        <source>Logged already?</source>
        <translation>已經記錄過了？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This looks like a contact you have logged already:

%1

Log it again?</source>
        <translation>這筆聯絡紀錄好像已經記過了：

%1

還要再記錄一次嗎？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log it again</source>
        <translation>再記錄一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Later than now</source>
        <translation>晚於現在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is later than the time now (%2). Contacts are logged after they happen: please check the date and hour. Log it with this time anyway?</source>
        <translation>%1 晚於現在的時間（%2）。聯絡應在發生之後記錄：請檢查日期和時間。仍要以這個時間記錄嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/logdialog.py" line="-145"/>
        <source>What happened (tags)</source>
        <translation>發生了什麼（標籤）</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Choose this if, in this contact, you told the collector to stop contacting you, that you have a lawyer, or not to call you at work. It is kept with the contact and shown in the report. Where the rules OnRecord knows limit what a collector may do after it (the US rules), their contacts that ignore it are shown as possible issues.</source>
        <translation>如果您在這次聯絡中告訴催收方停止聯絡您、告知您有律師，或不要打到您的工作地點，請選擇此項。它會和這次聯絡一起保存，並寫進報告。在 OnRecord 了解的規則對此類要求之後的催收行為有限制的地方（美國的規則），對方無視這一要求的後續聯絡會顯示為可能存在的問題。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: what they said or wrote</source>
        <translation>可不填：對方說了或寫了什麼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the correction</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, for example: wrong number</source>
        <translation>可不填，例如：號碼填錯了</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>時間(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Number:</source>
        <translation>號碼(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;ho:</source>
        <translation>對方(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>標籤(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not&amp;e:</source>
        <translation>備註(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log it</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A recorded call&apos;s kind and time come from its recording</source>
        <translation>已錄音通話的類型和時間來自錄音本身</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not logged</source>
        <translation>未記錄</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/caselist.py" line="+56"/>
        <source>Cases</source>
        <extracomment>True while the case list is put back or reloaded by the window itself: a change of its current row is then not the user choosing a case.</extracomment>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/mainmenu.py" line="+35"/>
        <source>&amp;New case</source>
        <translation>新增案件(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;案件&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="+90"/>
        <source>C&amp;all</source>
        <extracomment>Runs a dialog; tests replace it to fill in and accept the dialog.</extracomment>
        <translation>通話(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/caselist.py" line="+71"/>
        <location filename="../../ui/mainwindow.py" line="+1"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="+1"/>
        <source>&amp;People and numbers</source>
        <translation>人員和號碼(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>時間軸(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review calls</source>
        <translation>重聽通話(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patt&amp;erns</source>
        <translation>聯絡統計(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible &amp;issues</source>
        <translation>可能存在的問題(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Data folder: %s</source>
        <translation>資料儲存位置：%s</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenu.py" line="-1"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;demo cases</source>
        <translation>新增示範案件(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from my phone…</source>
        <translation>從手機匯入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export for my lawyer…</source>
        <translation>匯出給律師(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Check an evidence package…</source>
        <translation>驗證證據包(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settin&amp;gs</source>
        <translation>設定(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Tag buttons for calls…</source>
        <translation>通話標籤按鈕(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up all data…</source>
        <translation>備份全部資料(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from a backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Data folder…</source>
        <translation>資料儲存位置(&amp;D)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase to open OnRecord…</source>
        <translation>開啟時的密碼片語(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First-run guide…</source>
        <translation>首次使用導覽(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About OnRecord</source>
        <translation>關於 OnRecord(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/caselist.py" line="-64"/>
        <source>Unsorted calls</source>
        <translation>未歸類通話</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="+15"/>
        <source>● REC — %s</source>
        <translation>● 錄音中——%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OnRecord — recording</source>
        <translation>OnRecord——正在錄音</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>● REC %1 — %2</source>
        <translation>● 錄音中 %1——%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recovery problem</source>
        <translation>復原時發生問題</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recordings recovered</source>
        <translation>錄音已復原</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo cases</source>
        <translation>示範案件</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n demo case(s) added to the list on the left (references starting with DEMO). They are made up, with generated voices, to try OnRecord.</source>
        <translation>
            <numerusform>已在左側清單中新增 %n 個示範案件（編號以 DEMO 開頭）。這些案件是虛構的，聲音由程式產生，供您試用 OnRecord。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo cases are already in the list on the left.</source>
        <translation>示範案件已經在左側清單中。</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenu.py" line="+37"/>
        <source>Tag buttons</source>
        <translation>標籤按鈕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag buttons can be changed when no call is being recorded.</source>
        <translation>沒有正在錄音的通話時才能修改標籤按鈕。</translation>
    </message>
    <message>
        <location filename="../../ui/backupui.py" line="+34"/>
        <source>Back up all data</source>
        <translation>備份全部資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>OnRecord backup (*.zip)</source>
        <translation>OnRecord 備份 (*.zip)</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Backup not made</source>
        <translation>備份未完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup made</source>
        <translation>備份已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases, recordings and attachments were saved to:
%s

Keep it somewhere safe, e.g. a USB drive. The key that signs your exports is not in it.</source>
        <translation>全部案件、錄音和附件已儲存到：
%s

請把它放在安全的地方，例如隨身碟。用於為匯出簽章的金鑰不在其中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To back it up too, encrypted with a passphrase you choose, use the command line: onrecord backup --out FILE --include-signing-key</source>
        <translation>如果也要備份它（以您自己選擇的密碼片語加密），請使用命令列：onrecord backup --out FILE --include-signing-key</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase of the signing key</source>
        <translation>簽章金鑰的密碼片語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup holds the key that signs your exports, encrypted. Type the passphrase chosen when the backup was made:</source>
        <translation>這個備份裡有為您的匯出簽章的金鑰（已加密）。請輸入製作備份時選擇的密碼片語：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That passphrase does not open the signing key. Try again:</source>
        <translation>這個密碼片語無法開啟簽章金鑰。請再試一次：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore without the signing key?</source>
        <translation>不還原簽章金鑰？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore everything else from the backup and keep this installation&apos;s own signing key? Choose No to cancel the restore.</source>
        <translation>還原備份中的其他所有內容，並保留這台電腦自己的簽章金鑰？選擇「否」則取消還原。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the recording first.</source>
        <translation>請先停止錄音。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data now in OnRecord will be replaced by the backup&apos;s. It is not deleted: it is kept in a folder beside it. OnRecord closes when the restore is done.</source>
        <translation>OnRecord 中現有的資料將被備份中的資料取代。現有資料不會被刪除：它會保留在旁邊的一個資料夾中。還原完成後 OnRecord 會關閉。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+29"/>
        <source>Nothing was changed</source>
        <translation>沒有做任何變更</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="-213"/>
        <source>Call evidence</source>
        <extracomment>Height left above the window for the title bar the window system adds around it. True while the case list is put back or reloaded by the window itself: a change of its current row is then not the user choosing a case. Set after a restore or a move: the data is elsewhere now, nothing may be saved here.</extracomment>
        <translation>通話存證</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A call is being recorded. Stop the recording, save it and quit OnRecord? Or keep recording?</source>
        <translation>正在錄音。要停止錄音、儲存並結束 OnRecord 嗎？還是繼續錄音？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop, save and quit</source>
        <translation>停止、儲存並結束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep recording</source>
        <translation>繼續錄音</translation>
    </message>
    <message>
        <location filename="../../ui/backupui.py" line="+5"/>
        <source>The previous data is kept in:
%s</source>
        <translation>原本的資料保留在：
%s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup restored</source>
        <translation>備份已還原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was checked and restored. Open OnRecord again.</source>
        <translation>備份已經過檢查並還原。請重新開啟 OnRecord。</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenu.py" line="+34"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language is saved. Close OnRecord and open it again to see it in the new language. Nothing you have recorded or written is lost.</source>
        <translation>語言設定已儲存。請關閉 OnRecord 再重新開啟，即可使用新的語言。您錄製和填寫的內容都不會遺失。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About OnRecord</source>
        <translation>關於 OnRecord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OnRecord %s — records calls from debt collectors, keeps a case file and exports evidence you can verify.

Everything stays on this computer. OnRecord gives information, not legal advice.</source>
        <translation>OnRecord %s——為催收來電錄音，整理案件資料，並匯出可供驗證的證據。

所有內容都只儲存在這台電腦上。OnRecord 僅提供資訊，不構成法律意見。</translation>
    </message>
</context>
<context>
    <name>MarkEditing</name>
    <message>
        <location filename="../../ui/review/editing.py" line="+45"/>
        <source>Note not saved</source>
        <translation>備註未儲存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not retracted</source>
        <translation>未撤回</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mark not added</source>
        <translation>標記未新增</translation>
    </message>
    <message>
        <location filename="../../ui/review/callfiles.py" line="+106"/>
        <location line="+13"/>
        <source>File not attached</source>
        <translation>檔案未附加</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is attached to this call already (the same file, by its fingerprint, as %2).</source>
        <translation>%1 已經附加到這次通話（依檔案指紋，與 %2 是同一個檔案）。</translation>
    </message>
</context>
<context>
    <name>MicTest</name>
    <message>
        <location filename="../../ui/firstrun.py" line="-222"/>
        <source>Microphone level</source>
        <translation>麥克風音量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press “Test the microphone” and say a few words.</source>
        <translation>按「測試麥克風」，然後說幾句話。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test the microphone (3 s)</source>
        <translation>測試麥克風（3 秒）(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Play it back</source>
        <translation>播放聽聽看(&amp;P)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Listening… say a few words.</source>
        <translation>正在聽…請說幾句話。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The microphone could not be opened: %s</source>
        <translation>無法開啟麥克風：%s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Almost nothing was heard. Is the right microphone chosen, and not muted? Speak closer and test again.</source>
        <translation>幾乎沒有聽到聲音。是否選對了麥克風？是否被靜音？請靠近一些再測試一次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone works, but it was too loud: the sound distorted. Move it a little away or turn its volume down, then test again.</source>
        <translation>麥克風正常，但聲音太大、已經失真。請把它稍微拿遠一點或調低音量，然後再測一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The microphone works. Play it back to check.</source>
        <translation>麥克風正常。播放聽聽看。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/movedialog.py" line="+20"/>
        <source>Move to another case</source>
        <translation>移到其他案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File this contact under:</source>
        <translation>將這次聯絡歸入：</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/review/marks.py" line="-78"/>
        <source>Edit the note</source>
        <translation>修改備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. “typo” or “heard it again”</source>
        <translation>可不填，例如「打錯字」或「重新聽了一遍」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it changed</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier versions</source>
        <translation>先前的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark:</source>
        <translation>標記：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it changed:</source>
        <translation>修改原因(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier versions are kept and stay visible in the case file:</source>
        <translation>先前的版本會保留，並一直顯示在案件資料中：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save new version</source>
        <translation>儲存新版本</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../ui/people.py" line="+106"/>
        <source>Edit number</source>
        <translation>編輯號碼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add number</source>
        <translation>新增號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as it appears on your phone</source>
        <translation>依手機上顯示的號碼填寫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not known yet)</source>
        <translation>（暫不清楚）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. office line</source>
        <translation>例如：辦公室電話</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Number</source>
        <translation>號碼(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Belongs to</source>
        <translation>所屬(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label</source>
        <translation>說明(&amp;L)</translation>
    </message>
</context>
<context>
    <name>NumbersTable</name>
    <message>
        <location filename="../../ui/import_numbers.py" line="+40"/>
        <source>Numbers found in the file</source>
        <translation>檔案中找到的號碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>聯絡次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First – last (local time)</source>
        <translation>最早 – 最近（當地時間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in this case</source>
        <translation>已在本案件中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the phone</source>
        <translation>手機上的名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>催收員</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Caller ID withheld</source>
        <translation>隱藏號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No number (letters, visits, emails)</source>
        <translation>沒有號碼（信件、到訪、電子郵件）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 already imported</source>
        <translation>%2 次中已匯入 %1 次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 already recorded (notes and tags added to those calls)</source>
        <translation>%2 次中有 %1 次已錄音（備註和標籤已加到這些通話上）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 already recorded (filed with those calls as the phone&apos;s record)</source>
        <translation>%2 次中有 %1 次已錄音（已作為手機的紀錄歸入這些通話）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 removed earlier (not imported again)</source>
        <translation>%2 次中有 %1 次之前已刪除（不再匯入）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Collector for %1</source>
        <translation>%1 的催收人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not sure —</source>
        <translation>——不確定——</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>New collector…</source>
        <translation>新的催收人員…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number already belongs to %1.</source>
        <translation>這個號碼已屬於 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New collector</source>
        <translation>新的催收人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the collector or company:</source>
        <translation>催收人員或公司的名稱：</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../ui/people.py" line="-62"/>
        <source>Edit collector</source>
        <translation>編輯催收人員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add collector</source>
        <translation>新增催收人員</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>other names they used</source>
        <translation>對方用過的其他名字</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Employee ID</source>
        <translation>員工編號(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Also called</source>
        <translation>別名(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>身分(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>備註(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/timeline/ledgerdialog.py" line="-155"/>
        <source>Add a payment</source>
        <translation>新增還款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit a payment</source>
        <translation>修改還款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount paid</source>
        <translation>還款金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment date</source>
        <translation>還款日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was paid</source>
        <translation>還款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: bank transfer, cash, card</source>
        <translation>例如：銀行轉帳、現金、刷卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>憑證編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: receipt or transfer number</source>
        <translation>可不填：收據號碼或轉帳序號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which promise it pays</source>
        <translation>這筆還款對應哪項承諾</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No particular promise</source>
        <translation>不對應特定承諾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paid on:</source>
        <translation>還款日期(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>憑證編號(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For promise:</source>
        <translation>對應承諾(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>備註(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add payment</source>
        <translation>新增還款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <translation>儲存變更</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../ui/people.py" line="+84"/>
        <source>Name</source>
        <extracomment>Runs a dialog; tests replace it to fill in and accept the dialog.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee ID</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>身分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As typed</source>
        <translation>輸入內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to</source>
        <translation>所屬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Collectors and organisations</source>
        <translation>催收人員和機構</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+17"/>
        <source>Phone numbers</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add c&amp;ollector…</source>
        <translation>新增催收人員(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add n&amp;umber…</source>
        <translation>新增號碼(&amp;U)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid (%s)</source>
        <translation>有效（%s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept as typed: %s</source>
        <translation>依輸入內容保留：%s</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove collector</source>
        <translation>刪除催收人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Remove %s? The audit log keeps a record of the removal.</source>
        <translation>刪除 %s 嗎？稽核紀錄會記下這次刪除。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remove number</source>
        <translation>刪除號碼</translation>
    </message>
</context>
<context>
    <name>PlaceNames</name>
    <message>
        <location filename="../../imports/csvreadings.py" line="-82"/>
        <location filename="../../ui/placenames.py" line="+54"/>
        <source>Mainland China</source>
        <extracomment>the names the case form gives phone regions (ui/placenames.py: the same words, translated there); any other region is named by its code
----------
the currencies offered first; any other ISO 4217 code can be typed</extracomment>
        <translation>中國大陸</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Macao</source>
        <translation>澳門</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Taiwan</source>
        <translation>臺灣</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>United States</source>
        <translation>美國</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>United Kingdom</source>
        <translation>英國</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Australia</source>
        <translation>澳洲</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>New Zealand</source>
        <translation>紐西蘭</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Malaysia</source>
        <translation>馬來西亞</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Philippines</source>
        <translation>菲律賓</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Indonesia</source>
        <translation>印尼</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Thailand</source>
        <translation>泰國</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>South Korea</source>
        <translation>南韓</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Germany</source>
        <translation>德國</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>France</source>
        <translation>法國</translation>
    </message>
    <message>
        <location filename="../../ui/placenames.py" line="+23"/>
        <source>US dollar</source>
        <translation>美元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese yuan (RMB)</source>
        <translation>人民幣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Taiwan dollar</source>
        <translation>新臺幣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong dollar</source>
        <translation>港幣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British pound</source>
        <translation>英鎊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>euro</source>
        <translation>歐元</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../progresswords.py" line="-62"/>
        <source>Reading the case…</source>
        <translation>正在讀取案件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying recordings and attachments…</source>
        <translation>正在複製錄音和附件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the case file and audit log…</source>
        <translation>正在寫入案件資料和稽核紀錄…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report…</source>
        <translation>正在產生報告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the PDF report…</source>
        <translation>正在產生 PDF 報告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprinting every file and signing the package…</source>
        <translation>正在為每個檔案計算指紋並為證據包簽章…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package complete.</source>
        <translation>證據包已完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the zip file…</source>
        <translation>正在寫入 zip 檔案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Putting the package in its folder…</source>
        <translation>正在把證據包放入資料夾…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the copies to the disk…</source>
        <translation>正在將副本寫入磁碟…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the package to the disk…</source>
        <translation>正在將證據包寫入磁碟…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read.</source>
        <translation>已讀取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings read.</source>
        <translation>錄音已讀取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing contact %1 of %2…</source>
        <translation>正在匯入第 %1 筆聯絡（共 %2 筆）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing label %1 of %2…</source>
        <translation>正在匯入第 %1 個標籤（共 %2 個）…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../../ui/export_task.py" line="+135"/>
        <source>Progress</source>
        <extracomment>Languages the reports and the rule packs are written in.</extracomment>
        <translation>進度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is happening now</source>
        <translation>目前進度</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../ui/timeline/ledgerdialog.py" line="-143"/>
        <source>Add a promise</source>
        <translation>新增承諾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit a promise</source>
        <translation>修改承諾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;I promised</source>
        <translation>我做出的承諾(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;They promised or offered</source>
        <translation>對方做出的承諾或提議(&amp;T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was promised</source>
        <translation>承諾內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: pay 150 by the 15th</source>
        <translation>例如：15 日前支付 150</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promised amount</source>
        <translation>承諾金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, for example %1</source>
        <translation>可不填，例如 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By a &amp;date:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who on their side</source>
        <translation>對方人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made during which contact</source>
        <translation>在哪次聯絡中做出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the logged contacts</source>
        <translation>不在已記錄的聯絡中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who:</source>
        <translation>承諾方：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>內容(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;side:</source>
        <translation>對方人員(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact:</source>
        <translation>聯絡紀錄(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add promise</source>
        <translation>新增承諾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <translation>儲存變更</translation>
    </message>
</context>
<context>
    <name>PromiseEntry</name>
    <message>
        <location filename="../../ui/callerinfo.py" line="+21"/>
        <source>A promise was made</source>
        <translation>有人做出了承諾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised amount</source>
        <translation>承諾金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The promise has a date</source>
        <translation>承諾有截止日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promised date</source>
        <translation>承諾日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their promise</source>
        <translation>對方的承諾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My promise</source>
        <translation>我的承諾</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_gaps.py" line="+21"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-3"/>
        <source>&amp;Look in:</source>
        <translation>查看位置(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../store/lookup.py" line="+18"/>
        <source>attached file</source>
        <extracomment>What lookup.get is asked for, by name, for the translators of &quot;there is no … with id …&quot;.</extracomment>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collector or organisation</source>
        <translation>催收人員或機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collector</source>
        <translation>催收員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact event</source>
        <translation>聯絡紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event tag</source>
        <translation>聯絡紀錄的標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>聯絡紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark</source>
        <translation>標記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party</source>
        <translation>催收人員或機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>還款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promise</source>
        <translation>承諾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>錄音</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../../audio/process.py" line="+177"/>
        <source>The recorder stopped unexpectedly while starting, so nothing was recorded. Please try again; if it happens again, restart OnRecord.

Details: exit code {code}; {detail}</source>
        <translation>錄音程式在啟動時意外停止，因此沒有錄下任何內容。請再試一次；如果再次發生，請重新啟動 OnRecord。

詳細資訊：結束代碼 {code}；{detail}</translation>
    </message>
    <message>
        <location filename="../../audio/streams.py" line="+71"/>
        <source>The sound source for the other side ({device}) could not be opened, so nothing was recorded. Choose another source for the other side, or check that it is connected and that no other program is using it.

Details: {detail}</source>
        <translation>無法開啟對方聲音的來源（{device}），因此沒有錄下任何內容。請為對方聲音選擇其他來源，或檢查它是否已連接、是否正被其他程式使用。

詳細資訊：{detail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone ({device}) could not be opened, so nothing was recorded. Choose another microphone, or check that it is plugged in and that no other program is using it.

Details: {detail}</source>
        <translation>無法開啟麥克風（{device}），因此沒有錄下任何內容。請選擇其他麥克風，或檢查它是否已插好、是否正被其他程式使用。

詳細資訊：{detail}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The computer&apos;s sound system (PulseAudio or PipeWire) cannot be reached, so this sound source cannot be opened and nothing was recorded. Restarting the computer usually helps.

Details: PortAudio has no &apos;pulse&apos; device (is libasound2-plugins installed and the sound server running?)</source>
        <translation>無法連接電腦的聲音系統（PulseAudio 或 PipeWire），因此無法開啟這個聲音來源，沒有錄下任何內容。重新啟動電腦通常可以解決。

詳細資訊：PortAudio 沒有 &apos;pulse&apos; 裝置（是否已安裝 libasound2-plugins，聲音服務是否在執行？）</translation>
    </message>
    <message>
        <location filename="../../audio/recorder.py" line="+672"/>
        <source>OnRecord could not write the recording in {folder}, so nothing was recorded. Check that the disk is not full and that the data folder can be written to.

Details: {detail}</source>
        <translation>OnRecord 無法在 {folder} 中寫入錄音，因此沒有錄下任何內容。請檢查磁碟是否已滿，以及資料夾是否可以寫入。

詳細資訊：{detail}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/recoverynotice.py" line="+39"/>
        <source>OnRecord stopped unexpectedly while a call was being recorded. What was recorded up to that moment is kept, and nothing already recorded was changed.</source>
        <translation>OnRecord 在錄音時意外停止。停止前錄下的內容都已保留，已錄下的內容沒有任何改動。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The recording is open in Review calls. The evidence package says for each recording that it was interrupted and where it ends.</source>
        <translation>這段錄音已在「重聽通話」中開啟。證據包會為每段錄音說明它曾被中斷，以及它在何處結束。</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>• Call of %1 in the case “%2”: %3 long, %n mark(s) kept.</source>
        <translation>
            <numerusform>• %1 的通話，屬於案件「%2」：長度 %3，保留了 %n 個標記。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The recording ends where OnRecord stopped; the last second before that may be missing, and the call may have gone on after it.</source>
        <translation>錄音在 OnRecord 停止處結束；停止前的最後一秒可能缺少，通話也可能在那之後還在繼續。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording ends where OnRecord stopped; nothing before that is missing, but the call may have gone on after it.</source>
        <translation>錄音在 OnRecord 停止處結束；在此之前的內容沒有缺少，但通話可能在那之後還在繼續。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The caller you typed is kept: %1</source>
        <translation>您輸入的來電人已保留：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note you were typing and had not saved is kept as an unconfirmed draft at the moment you began it: “%1”</source>
        <translation>您正在輸入、尚未儲存的備註已作為「未確認的草稿」保留在您開始輸入的時刻：「%1」</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This recording was completed after an interruption: it ends where OnRecord stopped, and the call may have gone on after that. Nothing before that is missing, and the file was not changed.</source>
        <translation>這段錄音在中斷後已補齊：它在 OnRecord 停止處結束，通話可能在那之後還在繼續。在此之前的內容沒有缺少，檔案也沒有被改動。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No recorded sound was changed: only the length written in the file&apos;s header was filled in.</source>
        <translation>錄下的聲音沒有任何改動：只補寫了檔案標頭中記錄的長度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file was not changed.</source>
        <translation>檔案沒有被改動。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This recording was completed after an interruption: it ends where OnRecord stopped, and the last second before that may be missing.</source>
        <translation>這段錄音在中斷後已補齊：它在 OnRecord 停止處結束，停止前的最後一秒可能缺少。</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../ui/timeline/ledgerdialog.py" line="+181"/>
        <source>The removal is recorded in the case&apos;s audit log, with what was removed and your reason; an evidence package of the whole case shows it.</source>
        <translation>刪除動作會記入案件的稽核紀錄，包括刪除的內容和您填寫的原因；整個案件的證據包中會顯示。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for the removal</source>
        <translation>刪除原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, for example: entered twice</source>
        <translation>可不填，例如：重複輸入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>RetractDialog</name>
    <message>
        <location filename="../../ui/review/marks.py" line="+9"/>
        <source>Retract this mark</source>
        <translation>撤回此標記</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “pressed the wrong key”</source>
        <translation>例如「按錯了鍵」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mark “%1” will be shown as retracted. Nothing is deleted: the mark, its notes and this retraction stay in the case file and in the export.</source>
        <translation>標記「%1」將顯示為已撤回。不會刪除任何內容：標記、它的備註以及這次撤回都會保留在案件資料和匯出內容中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retract</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location line="-196"/>
        <location line="+27"/>
        <location line="+52"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+108"/>
        <source>Retracted</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Added later</source>
        <translation>事後新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Version %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no note)</source>
        <translation>（無備註）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why changed: %1</source>
        <translation>修改原因：%1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/review/panel.py" line="+70"/>
        <source>Attach files to this call</source>
        <extracomment>Runs a dialog; tests replace it to fill in and accept the dialog. Asks for files to attach; tests replace it.</extracomment>
        <translation>為這次通話附加檔案</translation>
    </message>
    <message>
        <location filename="../../ui/review/recordings.py" line="+46"/>
        <source>Recorded call</source>
        <translation>錄音通話</translation>
    </message>
    <message>
        <location filename="../../ui/review/panel.py" line="+16"/>
        <source>Call:</source>
        <translation>通話：</translation>
    </message>
    <message>
        <location filename="../../ui/review/playback.py" line="+40"/>
        <source>◀ Previous mark</source>
        <translation>◀ 上一個標記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arrow</source>
        <translation>左方向鍵</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+125"/>
        <location line="+6"/>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Space</source>
        <translation>空白鍵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next mark ▶</source>
        <translation>下一個標記 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arrow</source>
        <translation>右方向鍵</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom in (Ctrl + mouse wheel)</source>
        <translation>放大（Ctrl + 滑鼠滾輪）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (Ctrl + mouse wheel)</source>
        <translation>縮小（Ctrl + 滑鼠滾輪）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole call</source>
        <translation>整個通話</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a &amp;mark here…</source>
        <translation>在此處新增標記(&amp;M)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location filename="../../ui/review/marklist.py" line="+51"/>
        <source>Marks in this call</source>
        <translation>本次通話的標記</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>E&amp;dit note…</source>
        <translation>修改備註(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retract…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History of this mark</source>
        <translation>此標記的歷史</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected mark</source>
        <translation>選取的標記</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History (every version is kept):</source>
        <translation>歷史（每個版本都會保留）：</translation>
    </message>
    <message>
        <location filename="../../ui/review/callfiles.py" line="-58"/>
        <source>Files attached to this call</source>
        <translation>這次通話的附件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach fi&amp;le…</source>
        <translation>附加檔案(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshots, letters, chat exports: copied into the case and fingerprinted</source>
        <translation>截圖、信件、聊天紀錄匯出檔：會複製到案件中並計算指紋</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files for this call</source>
        <translation>這次通話的檔案</translation>
    </message>
    <message>
        <location filename="../../ui/review/panel.py" line="+34"/>
        <source>Click the waveform to move the cursor · ← → previous / next mark · Space play / pause · Ctrl + wheel to zoom</source>
        <translation>點選波形移動游標 · ← → 上一個 / 下一個標記 · 空白鍵 播放 / 暫停 · Ctrl + 滾輪 縮放</translation>
    </message>
    <message>
        <location filename="../../ui/review/recordings.py" line="+18"/>
        <source>No recorded calls in this case yet. Calls you record appear here.</source>
        <translation>本案件還沒有錄音通話。您錄製的通話會顯示在這裡。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Call review&lt;/b&gt;</source>
        <translation>&lt;b&gt;重聽通話&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/review/panel.py" line="+47"/>
        <source>unknown caller</source>
        <translation>不明來電人</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — %2 (%3, %n mark(s))</source>
        <translation>
            <numerusform>%1——%2（%3，%n 個標記）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No sound was recorded in this call: the microphone gave none (or the call has only just started). Its marks and notes are kept.</source>
        <translation>這通電話沒有錄到聲音：麥克風沒有傳來聲音（或者通話剛剛開始）。它的標記和備註都保留著。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Them</source>
        <translation>對方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides</source>
        <translation>雙方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left channel</source>
        <translation>左聲道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right channel</source>
        <translation>右聲道</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an unknown caller</source>
        <translation>不明來電人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Call with %1&lt;/b&gt; &amp;nbsp; %2 · %3 long</source>
        <translation>&lt;b&gt;與 %1 的通話&lt;/b&gt; &amp;nbsp; %2 · 長度 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audio file of this call is not in the data folder, so it cannot be played.</source>
        <translation>這次通話的音訊檔案不在資料儲存位置中，因此無法播放。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audio file of this call could not be read.</source>
        <translation>無法讀取這次通話的音訊檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/review/callfiles.py" line="+14"/>
        <source>%1  (fingerprint %2…)</source>
        <translation>%1  （指紋 %2…）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No files attached yet.</source>
        <translation>還沒有附件。</translation>
    </message>
    <message>
        <location filename="../../ui/review/marklist.py" line="+92"/>
        <source>Choose a mark in the list or on the waveform.</source>
        <translation>請在清單或波形上選擇一個標記。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This call has no marks yet. Use “Add a mark here…”.</source>
        <translation>這次通話還沒有標記。請使用「在此處新增標記…」。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no note)</source>
        <translation>（無備註）</translation>
    </message>
    <message>
        <location filename="../../ui/review/playback.py" line="+57"/>
        <location line="+17"/>
        <source>Cannot play this call</source>
        <translation>無法播放這次通話</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暫停</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../ui/search/panel.py" line="+32"/>
        <source>Moment in a call</source>
        <translation>通話中的某一刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>聯絡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or company</source>
        <translation>人員或公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location line="+30"/>
        <source>Search notes, tags, names and numbers in every case — e.g. “boss”, “0142”</source>
        <translation>在所有案件中搜尋備註、標籤、姓名和號碼——例如「老闆」「0142」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>找到的內容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+49"/>
        <source>Results open the call at the moment that matched.</source>
        <extracomment>Widths before any result (the longest zone name&apos;s time): the most these columns take; once there are results they take what their texts need, and what was found (the last column) the rest.</extracomment>
        <translation>開啟結果會跳到通話中符合的那一刻。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>(retracted)</source>
        <translation>（已撤回）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing found for “%1”.</source>
        <translation>沒有找到「%1」。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 個結果</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or double-click opens one.</source>
        <translation>按 Enter 或按兩下即可開啟。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../store/attachments.py" line="+154"/>
        <source>{path} is not a file</source>
        <translation>{path} 不是檔案</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../store/ledger.py" line="+180"/>
        <location filename="../../store/recordings.py" line="+82"/>
        <source>that contact event belongs to another case</source>
        <extracomment>The day the payments first covered the promised amount (any payment, if it names no amount); None while only part of it is paid. Days from the day asked about to the due date (negative: overdue by that many days); None when the promise is closed or has no due date. What payments linked to the user&apos;s promise add up to (None: none linked, or not the user&apos;s promise). Kept promises: the payments that covered it. paid_for_offer: the last payment came after the offer&apos;s date</extracomment>
        <translation>該聯絡紀錄屬於另一個案件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not copy {path}: {reason}</source>
        <translation>無法複製 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>this file was already withdrawn</source>
        <translation>這個檔案已經撤回</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this file is not withdrawn</source>
        <translation>這個檔案沒有被撤回</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>{name} is already in this case, attached to the case itself (the same file, by its fingerprint); a file is kept once</source>
        <extracomment>The contacts&apos; kinds as the timeline&apos;s Kind column words them (``ui.labels.event_kind``, whose translations, in the context &quot;Labels&quot;, a refusal naming a contact uses too).</extracomment>
        <translation>{name} 已在本案件中，附加在整個案件上（依指紋判斷是同一個檔案）；同一個檔案只保存一次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is already in this case, attached to the contact of {when} ({kind}, #{event}) (the same file, by its fingerprint); a file is kept once</source>
        <translation>{name} 已在本案件中，附加在 {when} 的聯絡紀錄（{kind}，#{event}）上（依指紋判斷是同一個檔案）；同一個檔案只保存一次</translation>
    </message>
    <message>
        <location filename="../../store/corrections.py" line="+37"/>
        <source>this is a recorded call: its recording is evidence, so it is never removed; you can move it to another case or correct its details</source>
        <translation>這是一通已錄音的通話：錄音是證據，所以永遠不會被刪除；您可以把它移到其他案件，或修改它的詳細資料</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is a recorded call: its recording shows the call happened, so it is not withdrawn; if it belongs to another case, or to no case, move it there</source>
        <translation>這是一通錄音通話：錄音證明通話確實發生過，因此不能撤回；如果它屬於另一個案件或不屬於任何案件，請把它移過去</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind and time of a recorded call come from its recording and cannot be changed</source>
        <translation>已錄音通話的類型和時間來自錄音本身，不能變更</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>{count} file(s) attached to this contact were withdrawn; a withdrawn file stays in the case file for good, with the contact it was attached to, so the contact cannot be removed: withdraw it if it was logged by mistake</source>
        <translation>這次聯絡的 {count} 個附件已撤回；撤回的檔案會連同它所屬的聯絡一直保留在案件資料中，因此這次聯絡不能刪除：如果是誤記的，請將其撤回</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} file(s) are attached to this contact; attached files are evidence and are never removed, so the contact is not either: correct its details, or withdraw it if it was logged by mistake</source>
        <translation>這筆聯絡紀錄附有 {count} 個檔案；附件是證據，永遠不會刪除，因此這筆紀錄也不能刪除：請更正它的內容；如果是誤記的，可以撤回它</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this contact has {count} tag(s), and tags are kept for good (a withdrawn tag too), so the contact cannot be removed: correct its details, move it to another case, or withdraw it if it was logged by mistake</source>
        <translation>這筆聯絡紀錄有 {count} 個標籤，標籤會永久保留（已撤回的標籤也一樣），因此這筆紀錄不能刪除：請更正它的內容、把它移到另一個案件；如果是誤記的，可以撤回它</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>this contact was already withdrawn</source>
        <translation>這筆聯絡紀錄已經撤回了</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this contact is not withdrawn</source>
        <translation>這筆聯絡紀錄沒有被撤回</translation>
    </message>
    <message>
        <location filename="../../store/casefile.py" line="+160"/>
        <source>a case has no field {name}</source>
        <translation>案件沒有 {name} 這一項</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a case with reference {reference} already exists</source>
        <translation>編號為 {reference} 的案件已存在</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reference {reference} is taken</source>
        <translation>編號 {reference} 已被使用</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>unknown party role {value}</source>
        <translation>未知的身分 {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a party has no field {name}</source>
        <translation>催收人員沒有 {name} 這一項</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} appears in {count} contact event(s) or promise(s) and cannot be removed</source>
        <translation>{name} 出現在 {count} 筆聯絡紀錄或承諾中，不能刪除</translation>
    </message>
    <message>
        <location filename="../../store/lookup.py" line="+37"/>
        <source>that collector belongs to another case</source>
        <translation>該催收員屬於另一個案件</translation>
    </message>
    <message>
        <location filename="../../store/casefile.py" line="-241"/>
        <source>{number} is already in this case as {existing}</source>
        <extracomment>Yes/no facts the user states about the case (the conduct rules&apos; statements read them).</extracomment>
        <translation>{number} 已在此案件中（{existing}）</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>{number} is already in this case</source>
        <translation>{number} 已在此案件中</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{number} appears in {count} contact event(s) and cannot be removed</source>
        <translation>{number} 出現在 {count} 筆聯絡紀錄中，不能刪除</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>duration must be between 0 and a week, not {duration}</source>
        <translation>長度必須在 0 到一週之間，不能是 {duration}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>event {key} was already logged</source>
        <translation>聯絡紀錄 {key} 已經記錄過了</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this tag is already retracted</source>
        <translation>此標籤已撤回</translation>
    </message>
    <message>
        <location filename="../../store/corrections.py" line="-179"/>
        <source>unknown kind of contact {value}</source>
        <translation>未知的聯絡類型 {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown direction {value}</source>
        <translation>未知的方向 {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown notice {value}</source>
        <translation>未知的通知類型 {value}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{count} promise(s) are linked to this contact; link them to no contact before removing it</source>
        <translation>有 {count} 筆承諾關聯到這筆聯絡紀錄；刪除之前，請先取消這些承諾的關聯</translation>
    </message>
    <message>
        <location filename="../../store/ledger.py" line="+258"/>
        <source>a promise is made by the collector or the user, not {value}</source>
        <translation>承諾只能由催收員或您本人做出，不能是 {value}</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>that mark belongs to another case</source>
        <translation>該標記屬於另一個案件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a promise has no field {name}</source>
        <translation>承諾沒有 {name} 這一項</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a payment has no field {name}</source>
        <translation>還款沒有 {name} 這一項</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{count} payment(s) in {currency} are linked to this promise, so its currency cannot change; link them to no promise first</source>
        <translation>有 {count} 筆 {currency} 還款關聯到這筆承諾，所以不能變更它的幣別；請先取消這些還款的關聯</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} payment(s) are linked to this promise; link them to another promise or to none before removing it</source>
        <translation>有 {count} 筆還款關聯到這筆承諾；刪除之前，請把它們關聯到其他承諾或取消關聯</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>unknown promise status {value}</source>
        <translation>未知的承諾狀態 {value}</translation>
    </message>
    <message>
        <location line="-424"/>
        <source>a payment needs an amount and a date</source>
        <translation>還款需要填寫金額和日期</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>that promise belongs to another case</source>
        <translation>該承諾屬於另一個案件</translation>
    </message>
    <message>
        <location filename="../../store/lookup.py" line="-29"/>
        <location filename="../../store/search.py" line="+630"/>
        <source>there is no {what} with id {ident}</source>
        <extracomment>an event&apos;s: its source and source detail, which hold what the phone&apos;s record said of an imported contact (imports.facts: &quot;rejected&quot;, the name it was saved under)</extracomment>
        <translation>找不到編號為 {ident} 的{what}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../store/search.py" line="-484"/>
        <source>there is no case {case} (see `onrecord cases`)</source>
        <extracomment>set when the user withdrew it as logged by mistake: shown, counted nowhere where an import found it; holds what the phone&apos;s record said (imports.facts) the phone&apos;s call log&apos;s lines filed with this recorded call (store.confirmations); a tuple, not a list: 10 000 rows&apos; empty lists made the timeline&apos;s garbage collector run often enough to slow its opening by half (benchmarks/bench_review.py)</extracomment>
        <translation>沒有案件 {case}（見 `onrecord cases`）</translation>
    </message>
    <message>
        <location filename="../../store/recordings.py" line="+67"/>
        <source>{status} is not a final state</source>
        <translation>{status} 不是最終狀態</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording {id} is already finalised</source>
        <translation>錄音 {id} 已經完成，不能再改</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>a mark cannot be before the start of the recording</source>
        <translation>標記不能早於錄音開始的時間</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>this mark is already retracted</source>
        <translation>此標記已撤回</translation>
    </message>
    <message>
        <location filename="../../store/validate.py" line="+12"/>
        <source>{field} contains a NUL character</source>
        <translation>{field}含有 NUL 字元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} must not be empty</source>
        <translation>{field}不能空白</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} is too long ({length} characters, at most {limit})</source>
        <translation>{field}太長（{length} 個字元，最多 {limit} 個）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be yes or no, not {value}</source>
        <translation>{field}只能是「是」或「否」，不能是 {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown jurisdiction {value} (choose one of {choices})</source>
        <translation>未知的適用地區 {value}（可選：{choices}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown time zone {value} (use an IANA name such as Asia/Shanghai)</source>
        <translation>未知的時區 {value}（請使用 Asia/Taipei 這樣的 IANA 名稱）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown time zone {value}</source>
        <translation>未知的時區 {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown phone region {value} (use a country code such as CN)</source>
        <translation>未知的電話號碼地區 {value}（請使用 TW 這樣的國家代碼）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>currency must be a 3-letter code such as USD, not {value}</source>
        <translation>幣別必須是 USD 這樣的 3 個字母代碼，不能是 {value}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{field} {value} cannot be read safely: write the amount with digits and a point for decimals, like 1234.50 (a comma only between thousands, like 1,234.50)</source>
        <extracomment>Decimal places of the currencies that do not use two (ISO 4217); every other code uses two. Signs and words people type next to an amount, and the currencies each can mean. Codes that, typed next to an amount, name a currency (so &quot;300 EUR&quot; in a USD case is refused). Plain digits with an optional decimal part, or digits with commas between groups of three.</extracomment>
        <translation>{field} {value} 無法準確讀取：請用數字寫金額，小數點用「.」，例如 1234.50（逗號只能用作千分位符號，例如 1,234.50）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“{value}”: type the {field} without a currency sign or code, for example 1234.50</source>
        <translation>「{value}」：請填寫{field}，不要帶貨幣符號或代碼，例如 1234.50</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The {field} “{value}” is not in {currency}, the currency of this case: type it in {currency}, for example 1234.50</source>
        <translation>{field}「{value}」不是本案件的幣別 {currency}：請用 {currency} 填寫，例如 1234.50</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“{value}” is not an amount: type the {field} in digits, for example 200 or 2,300.50</source>
        <translation>「{value}」不是金額：請用數字填寫{field}，例如 200 或 2,300.50</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {field} cannot be less than zero (you typed “{value}”): type it without a minus sign</source>
        <translation>{field}不能小於零（您填寫的是「{value}」）：請不要帶負號</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{value}” is too large to be the {field}: check the number of digits</source>
        <translation>「{value}」作為{field}太大了：請檢查位數</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The {field} “{value}” has decimals, but {currency} amounts are whole numbers: check the amount</source>
        <translation>{field}「{value}」帶有小數，但 {currency} 金額只用整數：請檢查金額</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {field} “{value}” has more decimal places than {currency} uses (at most {allowed}): check the amount</source>
        <translation>{field}「{value}」的小數位數超過 {currency} 所用的位數（最多 {allowed} 位）：請檢查金額</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {field} “{value}” has more than {allowed} decimal places: check the amount</source>
        <translation>{field}「{value}」的小數超過 {allowed} 位：請檢查金額</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{field} must be a date like 2026-03-31, not {value}</source>
        <translation>{field}必須是 2026-03-31 這樣的日期，不能是 {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} {value} is in the future; check the date</source>
        <extracomment>Nothing in a case file happened before this day. How far ahead a due date may be (a long loan&apos;s last instalment, not a typo like 2999). How far ahead of this computer&apos;s clock a contact or a payment may be dated: a day, for time zones and a phone whose clock is a little ahead.</extracomment>
        <translation>{field} {value} 是未來的日期；請檢查日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {value} is before 1970; check the date</source>
        <translation>{field} {value} 早於 1970 年；請檢查日期</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{field} {value} is more than {years} years away; check the date</source>
        <translation>{field} {value} 距今超過 {years} 年；請檢查日期</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{field} has no time zone</source>
        <translation>{field}沒有時區</translation>
    </message>
    <message>
        <location filename="../../store/engine.py" line="+90"/>
        <source>some text is not valid Unicode (it may come from a file or file name that is not UTF-8); nothing was saved</source>
        <translation>有些文字不是有效的 Unicode（可能來自不是 UTF-8 編碼的檔案或檔名）；沒有儲存任何內容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the case file could not be saved ({reason}); this change was not made and nothing saved before was lost. Free some disk space or make the data folder writable, then try again</source>
        <translation>無法儲存案件資料（{reason}）；這次變更沒有生效，之前儲存的內容也沒有遺失。請騰出一些磁碟空間，或讓資料儲存位置可以寫入，然後再試一次</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} is a SQLite database, but not an OnRecord case file</source>
        <translation>{path} 是一個 SQLite 資料庫，但不是 OnRecord 的案件資料</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the case file {path}: {reason}</source>
        <translation>無法讀取案件資料 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not an OnRecord case file (it is not a SQLite database)</source>
        <translation>{path} 不是 OnRecord 的案件資料（它不是 SQLite 資料庫）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open the case file {path}: {reason}</source>
        <translation>無法開啟案件資料 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the case file {path} is damaged ({reason}); it was not changed. Restore it from a backup (see the backups folder beside it)</source>
        <translation>案件資料 {path} 已損壞（{reason}）；它沒有被改動。請用備份還原它（見它旁邊的 backups 資料夾）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the case file {path} is damaged or not a database ({reason}); it was not changed</source>
        <translation>案件資料 {path} 已損壞或不是資料庫（{reason}）；它沒有被改動</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the case file {path} was written by a newer version of OnRecord (schema {revision}); install the newer version to open it. It was not changed</source>
        <translation>案件資料 {path} 是由較新版本的 OnRecord 寫入的（結構版本 {revision}）；請安裝較新的版本來開啟它。它沒有被改動</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot name a backup of {path} in {folder}</source>
        <translation>無法在 {folder} 中為 {path} 的備份命名</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot create the case file {path}: {reason}</source>
        <translation>無法建立案件資料 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the case file {path} could not be updated to this version ({reason}); a copy from before the update is {copy}</source>
        <translation>案件資料 {path} 無法更新到這個版本（{reason}）；更新前的副本在 {copy}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the case file {path} could not be updated to this version ({reason})</source>
        <translation>案件資料 {path} 無法更新到這個版本（{reason}）</translation>
    </message>
</context>
<context>
    <name>TagSetDialog</name>
    <message>
        <location filename="../../ui/tagsettings.py" line="+38"/>
        <source>Tag buttons for calls</source>
        <translation>通話標籤按鈕</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>Name on the button</source>
        <translation>按鈕上的名稱</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+75"/>
        <source>Key</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+82"/>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Tag buttons</source>
        <translation>標籤按鈕</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag…</source>
        <translation>新增標籤…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag of my own…</source>
        <translation>我自己的標籤…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>還原預設值</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each button marks the moment in the recording. Press its key during a call; keys are not used while you type in a text field.</source>
        <translation>每個按鈕都會在錄音中標記當下這一刻。通話時按對應的鍵即可；在文字方塊中輸入時，這些鍵不起作用。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(my own tag)</source>
        <translation>（我自己的標籤）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change…</source>
        <translation>變更…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Each key can be used once; used twice: %s</source>
        <translation>每個鍵只能用一次；重複使用的鍵：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag of your own needs a name.</source>
        <translation>您自己的標籤需要一個名稱。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/model.py" line="+107"/>
        <source>● %n mark(s)</source>
        <extracomment>Digits it may be cut down to when room is short (its tooltip shows all); None: never. A small picture before the text (the paperclip of a contact with files), or None; only on the column that fills (the others are measured by their text alone). What a screen reader says for the cell, when the text alone does not say it (&quot;2&quot;).</extracomment>
        <translation>
            <numerusform>● %n 個標記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>附有 %n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_calls.py" line="-76"/>
        <location filename="../../ui/timeline/model.py" line="+11"/>
        <source>● recorded</source>
        <translation>● 已錄音</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="+13"/>
        <source>Cease request</source>
        <translation>要求停止聯絡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a lawyer</source>
        <translation>已委任律師</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No calls at work</source>
        <translation>不得打到工作地點</translation>
    </message>
    <message>
        <location filename="../../ui/export_calls.py" line="+35"/>
        <location filename="../../ui/timeline/model.py" line="+8"/>
        <source>Withdrawn, not counted: %1</source>
        <translation>已撤回，不計入：%1</translation>
    </message>
    <message>
        <location line="-69"/>
        <location filename="../../ui/timeline/model.py" line="+49"/>
        <source>When (local time)</source>
        <translation>時間（當地）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/timeline/model.py" line="+6"/>
        <source>What</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="+6"/>
        <source>others</source>
        <comment>their call to someone else: &apos;Call → others&apos;</comment>
        <translation>他人</translation>
    </message>
    <message>
        <location filename="../../ui/export_calls.py" line="+1"/>
        <location filename="../../ui/timeline/model.py" line="+9"/>
        <source>Who</source>
        <translation>對方</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="+7"/>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../ui/export_calls.py" line="+1"/>
        <location filename="../../ui/timeline/model.py" line="+5"/>
        <source>Length</source>
        <translation>長度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/timeline/model.py" line="+5"/>
        <source>Recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="+5"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>outside the hours collectors may call</source>
        <translation>在允許催收聯絡的時段以外</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/timeline/panel.py" line="+96"/>
        <source>Every contact in this case</source>
        <extracomment>Runs a dialog; tests replace it to fill in and accept the dialog.</extracomment>
        <translation>本案件的所有聯絡</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Log a contact…</source>
        <translation>記錄一次聯絡(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed call, SMS, letter or visit (Ctrl+L)</source>
        <translation>未接來電、簡訊、信件或到訪（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mo&amp;ve to another case…</source>
        <translation>移到其他案件(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File the selected contacts under another case</source>
        <translation>將選取的聯絡歸入其他案件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit contact…</source>
        <translation>修改聯絡紀錄…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the selected contact: when, what, who, note (or double-click it)</source>
        <translation>修改所選的聯絡紀錄：時間、類型、對象、備註（也可以按兩下它）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>Remove contact…</source>
        <translation>刪除聯絡紀錄…</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Collector</source>
        <translation>催收員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of contact</source>
        <translation>聯絡類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded or not</source>
        <translation>是否錄音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>已錄音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>未錄音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter chosen on a chart; click to remove it</source>
        <translation>在圖表上選擇的篩選條件；點選可取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sh&amp;ow all</source>
        <translation>顯示全部(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who:</source>
        <translation>對方(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umber:</source>
        <translation>號碼(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation>從(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to:</source>
        <translation>到：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contacts</source>
        <translation>聯絡紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Promises and payments</source>
        <translation>承諾和還款</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Count again…</source>
        <translation>重新計入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact was withdrawn as logged by mistake: count it again</source>
        <translation>這筆聯絡紀錄已作為誤記撤回：按此重新計入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recorded call is evidence: it is never removed. You can correct its details (Edit contact…) or move it to another case.</source>
        <translation>已錄音的通話是證據：永遠不會被刪除。您可以修改它的詳細資料（修改聯絡紀錄…），或把它移到其他案件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the selected contact, for example one logged by mistake (or press Delete); one with tags or files is withdrawn instead. The case&apos;s audit log keeps what it was</source>
        <translation>刪除選取的聯絡紀錄，例如誤記的紀錄（或按 Delete 鍵）；有標籤或附件的紀錄改為撤回。案件的稽核日誌會保留它原來的內容</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose or create a case.</source>
        <translation>請選擇或新增一個案件。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Marks not loaded</source>
        <translation>標記未載入</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any number</source>
        <translation>所有號碼</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Promises and payments (%1 overdue)</source>
        <translation>承諾和還款（%1 項逾期）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Hour %1:00–%1:59  ✕</source>
        <translation>%1:00–%1:59 時段  ✕</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No contacts logged yet. Use “Log a contact…” for a missed call, SMS, letter or visit.</source>
        <translation>還沒有記錄任何聯絡。未接來電、簡訊、信件或到訪，請使用「記錄一次聯絡…」。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&lt;b&gt;%n&lt;/b&gt; contact(s)</source>
        <translation>
            <numerusform>共 &lt;b&gt;%n&lt;/b&gt; 次聯絡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing &lt;b&gt;%1&lt;/b&gt; of %n contact(s)</source>
        <translation>
            <numerusform>顯示 %n 次聯絡中的 &lt;b&gt;%1&lt;/b&gt; 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>File not attached</source>
        <translation>檔案未附加</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;%1&lt;/b&gt; outside the hours collectors may call&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;%1&lt;/b&gt; 次在允許催收聯絡的時段以外&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ %1 withdrawn, not counted</source>
        <translation>另有 %1 筆已撤回，不計入</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not logged</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/withdraw.py" line="+84"/>
        <source>This contact was withdrawn: %1

%2

Count it again in the charts, the possible issues and the report&apos;s totals?</source>
        <translation>這筆聯絡紀錄已撤回：%1

%2

要重新計入圖表、「可能存在的問題」和報告中的統計嗎？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Count a contact again</source>
        <translation>重新計入聯絡紀錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count it again</source>
        <translation>重新計入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it withdrawn</source>
        <translation>保持撤回</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not changed</source>
        <translation>沒有變更</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not removed</source>
        <translation>未刪除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove a contact</source>
        <translation>刪除聯絡紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this contact from the case?</source>
        <translation>從案件中刪除這筆聯絡紀錄嗎？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a contact logged or imported by mistake should be removed: it will no longer appear in the timeline, the charts, the conduct check or the report.</source>
        <translation>只有誤記或誤匯入的聯絡紀錄才應該刪除：刪除後它不會再出現在時間軸、圖表、規定檢查或報告中。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/panel.py" line="+88"/>
        <source>Not moved</source>
        <translation>未移動</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../../evidence/verify.py" line="+126"/>
        <source>cannot be read ({reason})</source>
        <extracomment>for a package of part of the case, what bag-info.txt says it holds: &quot;from&quot;, &quot;to&quot;, &quot;calls&quot; (ids, comma-separated), &quot;contacts&quot; (&quot;59/81&quot;: of the case&apos;s); {} for a whole case What only follows from the problems (data/ holds fewer files because one is missing): shown after them, not counted as problems. Files a computer added by itself (a Mac&apos;s .DS_Store…), set aside: not part of the package, not counted, not checked, but named (see os_litter.py).</extracomment>
        <translation>無法讀取（{reason}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line {number} is not a manifest line</source>
        <translation>第 {number} 行不是清單的格式</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is not an evidence package (no bagit.txt)</source>
        <translation>{path} 不是證據包（沒有 bagit.txt）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is a zip that cannot be opened: its end is missing or damaged (was it cut short while copying or downloading?); get the file again</source>
        <translation>{path} 是一個無法開啟的 zip 檔案：它的結尾缺少或已損壞（是否在複製或下載時中斷了？）；請重新取得該檔案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is neither a package folder nor a zip</source>
        <translation>{path} 既不是證據包資料夾，也不是 zip 檔案</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the zip holds {count} entries under this name: programs that open the zip may show one that was not checked</source>
        <translation>zip 中有 {count} 個同名項目：開啟 zip 的程式顯示的可能是未經核對的那一個</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>damaged inside the zip (its checksum does not match)</source>
        <translation>在 zip 檔案中已損壞（檢查碼不符）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not a regular file (a link, device or pipe); it was not read</source>
        <translation>不是一般檔案（是連結、裝置或管線）；沒有讀取它</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a valid bag declaration</source>
        <translation>不是有效的 BagIt 宣告檔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this manifest is missing</source>
        <translation>缺少這個清單</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>listed in the manifest but not in the package</source>
        <translation>列在清單中，但證據包裡沒有</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the package but in no manifest</source>
        <translation>在證據包裡，但沒有列在任何清單中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a manifest for an algorithm this package does not use</source>
        <translation>這個清單所用的演算法本證據包沒有使用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a file beside the payload that no tag manifest lists</source>
        <translation>資料內容（data/）以外的檔案，沒有列在任何中繼資料清單（tagmanifest）中</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>its {algorithm} entry for {path} does not match the file</source>
        <translation>其中 {path} 的 {algorithm} 項目與檔案不符</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>content changed ({algorithms} digest does not match)</source>
        <translation>內容已被變更（{algorithms} 摘要不符）</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>it does not record how many files data/ holds and their size (its Payload-Oxum line is missing or not valid)</source>
        <translation>它沒有記錄 data/ 中有多少個檔案以及它們的大小（Payload-Oxum 一行缺少或無效）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it records {declared_files} files of {declared_size} bytes in data/ (Payload-Oxum), but data/ holds {files} files of {size} bytes</source>
        <translation>它記錄 data/ 中有 {declared_files} 個檔案、共 {declared_size} 位元組（Payload-Oxum），但 data/ 實際有 {files} 個檔案、共 {size} 位元組</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Because of the above, data/ now holds {files} files, not the {declared_files} it held when the package was made.</source>
        <translation>由於上述原因，data/ 現在有 {files} 個檔案，而不是製作證據包時的 {declared_files} 個。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Because of the above, the files in data/ now come to {size} bytes, not the {declared_size} bytes they came to when the package was made.</source>
        <translation>由於上述原因，data/ 中的檔案現在共 {size} 位元組，而不是製作證據包時的 {declared_size} 位元組。</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>no usable Ed25519 public key</source>
        <translation>沒有可用的 Ed25519 公開金鑰</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>the signature of the tag manifest is missing</source>
        <translation>缺少中繼資料清單（tagmanifest）的簽章</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a signature (one line of base64 expected)</source>
        <translation>不是簽章（應為一行 base64）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the signature over {manifest} does not verify (the manifest or its signature {signature} was changed)</source>
        <translation>{manifest} 的簽章驗證未通過（該清單或其簽章 {signature} 已被變更）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>names a different signing key than signature/</source>
        <translation>指明的簽章金鑰與 signature/ 中的不同</translation>
    </message>
    <message>
        <location filename="../../evidence/verify_capture.py" line="+54"/>
        <source>missing or unreadable, so recordings cannot be matched</source>
        <translation>缺少或無法讀取，因此無法核對錄音</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing or unreadable</source>
        <translation>缺少或無法讀取</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>hash chain broken: {problem}</source>
        <translation>雜湊鏈斷開：{problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its last link is not the head named in bag-info.txt</source>
        <translation>它的最後一環不是 bag-info.txt 中指明的鏈頭</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no capture hash for this recording in the audit chain</source>
        <translation>稽核鏈中沒有這段錄音在錄製時的雜湊值</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the package holds {files} files of this recording, but {logged} were logged at capture</source>
        <translation>證據包中有這段錄音的 {files} 個檔案，但錄製時記錄的是 {logged} 個</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the SHA-256 list of this recording&apos;s {files} files does not give the hash logged at capture {expected}…</source>
        <translation>這段錄音 {files} 個檔案的 SHA-256 清單，算不出錄製時記錄的雜湊值 {expected}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SHA-256 {actual}… differs from the hash logged at capture {expected}…</source>
        <translation>SHA-256 {actual}… 與錄製時記錄的雜湊值 {expected}… 不同</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SHA-512 {actual}… differs from the SHA-512 logged at capture {expected}…</source>
        <translation>SHA-512 {actual}… 與錄製時記錄的 SHA-512 {expected}… 不同</translation>
    </message>
    <message>
        <location filename="../../evidence/zipping.py" line="+124"/>
        <source>the zip holds an unsafe file name: {name}</source>
        <translation>zip 檔案中有不安全的檔名：{name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} would unpack to {total} bytes from {packed}: too large to be an evidence package (a zip bomb?); it was not unpacked</source>
        <extracomment>Unpacked size above which a zip must not expand more than MAX_RATIO times. Packages are mostly audio (stored, ratio 1) and text (deflated, ~5-10x); a deflate bomb reaches ~1000x. Space to leave free on the disk that receives the unpacked files.</extracomment>
        <translation>{file} 會從 {packed} 位元組解壓縮成 {total} 位元組：太大了，不可能是證據包（zip 炸彈？）；未解壓縮</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} unpacks to {total} bytes, too large for the free space of {folder} ({free} bytes); unzip it elsewhere and verify the folder</source>
        <translation>{file} 解壓縮後有 {total} 位元組，超出 {folder} 的可用空間（{free} 位元組）；請在別處解壓縮後驗證該資料夾</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{file} is encrypted: a password is needed</source>
        <extracomment>members whose data is damaged (bad CRC or authentication code): left out, so a verify of the folder finds them missing names the zip holds more than once, with how many times: only the last copy is unpacked (and checked), but unzip and 7-Zip show the first, which may be another file</extracomment>
        <translation>{file} 已加密：需要密碼</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot open {file}: the password is wrong</source>
        <translation>無法開啟 {file}：密碼錯誤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open {file}: {reason}</source>
        <translation>無法開啟 {file}：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is damaged: {reason}</source>
        <translation>{file} 已損壞：{reason}</translation>
    </message>
    <message>
        <location filename="../../evidence/custody.py" line="+85"/>
        <source>line {line} cannot be read as an entry of the log: it was changed or cut</source>
        <translation>第 {line} 行無法讀作紀錄中的一筆：它被改動過或被截斷</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry {n} is missing: entries were removed or put in another order</source>
        <translation>缺少第 {n} 筆紀錄：有紀錄被刪除或順序被打亂</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry {n} does not follow entry {before}: an entry was removed, added or changed before it</source>
        <translation>第 {n} 筆紀錄與第 {before} 筆接不上：在它之前有紀錄被刪除、增加或改動</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>entry {n} cannot be read: it was changed</source>
        <translation>第 {n} 筆紀錄無法讀取：它被改動過</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry {n} was rewritten: its text is not as OnRecord writes it</source>
        <translation>第 {n} 筆紀錄被重寫過：其文字不是 OnRecord 寫入時的樣子</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>entry {n} belongs to another case</source>
        <translation>第 {n} 筆紀錄屬於另一個案件</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>entry {n} was changed: its content does not match its hash</source>
        <translation>第 {n} 筆紀錄被改動過：內容與其雜湊值不符</translation>
    </message>
    <message>
        <location filename="../../evidence/commands.py" line="+214"/>
        <source>cannot open {path}: {reason}</source>
        <translation>無法開啟 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../evidence/os_litter.py" line="+35"/>
        <source>a Mac&apos;s Finder keeps its view of the folder in it</source>
        <translation>Mac 的 Finder 在其中儲存該資料夾的顯示方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS writes it beside a file copied to a USB stick or a shared folder, to keep the file&apos;s extra attributes</source>
        <translation>將檔案複製到隨身碟或共用資料夾時，macOS 會在旁邊寫入它，用來保存該檔案的延伸屬性</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows keeps small pictures of the folder&apos;s files in it</source>
        <translation>Windows 在其中儲存資料夾內檔案的縮圖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows keeps the folder&apos;s settings in it</source>
        <translation>Windows 在其中儲存該資料夾的設定</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/export_verify.py" line="+35"/>
        <source>This file is missing</source>
        <translation>這個檔案不見了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was added afterwards</source>
        <translation>這個檔案是事後新增的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was changed</source>
        <translation>這個檔案被改動過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number or size of the files does not match</source>
        <translation>檔案的數量或大小不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match</source>
        <translation>簽章不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log does not hold together</source>
        <translation>稽核紀錄前後不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recording differs from the one logged when it was saved</source>
        <translation>有錄音與儲存時記錄的不一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package is not laid out as expected</source>
        <translation>證據包的結構與預期不符</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check an evidence package</source>
        <translation>驗證證據包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a package folder or its .zip file. OnRecord checks every file against the fingerprints and the signature inside it, and tells you whether anything was changed, removed or added since it was made.</source>
        <translation>請選擇證據包資料夾或它的 .zip 檔案。OnRecord 會用其中的指紋和簽章逐一檢查每個檔案，並告訴您自產生以來是否有任何內容被改動、刪除或新增。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Package folder or zip file</source>
        <translation>證據包資料夾或 zip 檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder…</source>
        <translation>資料夾(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a package folder</source>
        <translation>選擇證據包資料夾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zip file…</source>
        <translation>zip 檔案(&amp;Z)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a package zip file</source>
        <translation>選擇證據包 zip 檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Package:</source>
        <translation>證據包(&amp;P)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found</source>
        <translation>發現的問題</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check</source>
        <translation>驗證(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Choose the package folder</source>
        <translation>選擇證據包資料夾</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the package zip file</source>
        <translation>選擇證據包 zip 檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip files (*.zip)</source>
        <translation>zip 檔案 (*.zip)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to check</source>
        <translation>沒有可驗證的內容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a folder or a zip file.</source>
        <translation>請選擇一個資料夾或 zip 檔案。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password needed</source>
        <translation>需要密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This zip is protected. Type the password you were given:</source>
        <translation>這個 zip 檔案受密碼保護。請輸入對方提供給您的密碼：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel check</source>
        <translation>取消驗證</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Intact: nothing was changed.</source>
        <translation>驗證通過：沒有任何改動。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case %1: %2 files checked — the %3 files of the case in data/ and %4 that describe and sign the package. Every fingerprint matches.&lt;br&gt;Signed by key %5.&lt;br&gt;</source>
        <translation>案件 %1：已檢查 %2 個檔案——data/ 中案件的 %3 個檔案，以及用於說明證據包並為其簽章的 %4 個檔案。所有指紋都相符。&lt;br&gt;簽章金鑰：%5。&lt;br&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n recording(s) are exactly as they were when they were saved.</source>
        <translation>
            <numerusform>%n 個錄音與儲存時完全一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The audit log holds together (%n entries).</source>
        <translation>
            <numerusform>稽核紀錄前後一致（共 %n 筆）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature proves the package is as this key signed it, not whose key it is: compare the key&apos;s fingerprint with the one the sender gives you another way (by phone, letter or in person).</source>
        <translation>簽章只證明證據包與該金鑰簽章時一致，不證明金鑰屬於誰：請透過電話、信件或當面等其他途徑，向寄件人索取金鑰指紋並核對。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Not intact: %n problem(s) found.</source>
        <translation>
            <numerusform>驗證未通過：發現 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something in this package is different from when it was made:</source>
        <translation>這個證據包中有內容與產生時不同：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do: if you made this package on this computer, your case here is not changed by this; export a new package for your lawyer. If someone sent it to you, ask them to send it again, and keep this copy as it is.</source>
        <translation>怎麼辦：如果這個證據包是在這台電腦上產生的，這裡的案件不受影響，請重新匯出一份給律師。如果是別人寄給您的，請請對方重新寄送，並把這一份原樣保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+29"/>
        <source>%1: %2</source>
        <comment>a problem, then the file it concerns (Chinese: full-width ：)</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n file(s) set aside: not part of the package, added by the computer that showed or copied it; not checked.</source>
        <translation>
            <numerusform>已擱置 %n 個檔案：不屬於證據包，是顯示或複製它的電腦自行加入的；未檢查。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check cancelled.</source>
        <translation>驗證已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>This cannot be checked</source>
        <translation>無法驗證</translation>
    </message>
</context>
<context>
    <name>VerifyLines</name>
    <message>
        <location filename="../../evidence/verify_lines.py" line="+67"/>
        <source>only the calls {ids}</source>
        <translation>只有通話 {ids}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the calls {ids}, within {first} to {last}</source>
        <translation>只有 {first} 至 {last} 之間的通話 {ids}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the contacts from {first} to {last}</source>
        <translation>{first} 至 {last} 的聯絡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a selection, not the whole case file: {what}; {held} of the case&apos;s {total} contacts (the report&apos;s first page says what is left out)</source>
        <translation>部分內容，不是整份案件資料：{what}；案件 {total} 次聯絡中的 {held} 次（報告第一頁說明了沒有包含的內容）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a selection, not the whole case file: {what}</source>
        <translation>部分內容，不是整份案件資料：{what}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{files} ({payload} in data/, {other} that describe and sign the package)</source>
        <translation>{files}（data/ 中 {payload} 個，另有 {other} 個用於說明和簽署證據包）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>intact: {path}</source>
        <translation>驗證通過：{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case {reference}; {files}, {bytes}; every SHA-256 and SHA-512 digest matches</source>
        <translation>案件 {reference}；{files}，{bytes}；每個 SHA-256 和 SHA-512 摘要都相符</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 位元組</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by key {fingerprint}</source>
        <translation>簽章金鑰：{fingerprint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the signature proves the package is as this key signed it, not whose key it is: compare the fingerprint with one the sender gives you another way, by phone, letter or in person)</source>
        <translation>（簽章只證明證據包與該金鑰簽章時一致，不證明金鑰屬於誰：請透過電話、信件或當面等其他途徑，向寄件人索取指紋並核對）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit chain intact: {links} ({case_events} of this case), head {head}…</source>
        <translation>稽核鏈完整：{links}（本案 {case_events} 筆），末端雜湊 {head}…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>共 %n 筆</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recordings that match the hash logged at capture: {count}</source>
        <translation>與錄製時記錄的雜湊值相符的錄音：{count} 個</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NOT INTACT: {path} ({problems})</source>
        <translation>驗證未通過：{path}（{problems}）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{kind} {path}: {detail}</source>
        <comment>a problem&apos;s line</comment>
        <translation>{kind}  {path}：{detail}</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+89"/>
        <source>{path}: {detail}</source>
        <comment>a consequence about a file</comment>
        <translation>{path}：{detail}</translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>%n file(s) set aside, not part of the package: added by the computer that showed or copied it, not checked</source>
        <translation>
            <numerusform>已擱置 %n 個不屬於證據包的檔案：是顯示或複製它的電腦自行加入的，未檢查</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>MISSING</source>
        <comment>a file listed in the package is not there</comment>
        <translation>缺少檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTRA</source>
        <comment>a file is in the package but in no list of its files</comment>
        <translation>多出檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALTERED</source>
        <comment>a file&apos;s content changed</comment>
        <translation>內容被變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COUNT</source>
        <comment>the number or size of the files differs</comment>
        <translation>數量或大小不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIGNATURE</source>
        <comment>the signature does not verify</comment>
        <translation>簽章不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUDIT</source>
        <comment>the audit log does not hold together</comment>
        <translation>稽核紀錄不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECORDING</source>
        <comment>a recording differs from the hash at capture</comment>
        <translation>錄音與錄製時不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STRUCTURE</source>
        <comment>the package is not laid out as a package</comment>
        <translation>結構不符</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password for the zip: </source>
        <comment>asked in a terminal; ends with a space</comment>
        <translation>zip 檔案的密碼：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is encrypted: give --password-file FILE or run in a terminal</source>
        <translation>{name} 已加密：請用 --password-file 檔案 提供密碼，或在終端機中執行</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../ui/review/waveform.py" line="+178"/>
        <source>Waveform of the call</source>
        <translation>通話波形</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left and right arrows: previous or next mark. Space: play or pause. Plus and minus buttons: zoom.</source>
        <translation>左右方向鍵：上一個或下一個標記。空白鍵：播放或暫停。加號和減號按鈕：縮放。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recording open.</source>
        <translation>沒有開啟錄音。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cursor at %1 of %2. Left and right arrows: previous or next mark. Space: play or pause.</source>
        <translation>游標位置：%1（共 %2）。左右方向鍵：上一個或下一個標記。空白鍵：播放或暫停。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>(retracted)</source>
        <comment>a mark the user retracted, after its label</comment>
        <translation>（已撤回）</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No waveform for this recording</source>
        <translation>這段錄音沒有波形</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/timeline/withdraw.py" line="-81"/>
        <source>Withdraw a contact</source>
        <translation>撤回聯絡紀錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This contact has tags, attached files or a promise linked to it, which are kept for good, so it cannot be removed.</source>
        <translation>這筆紀錄有標籤、附件或關聯的承諾，這些都會永久保留，所以不能刪除。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If you logged it by mistake (twice, or in the wrong case), withdraw it: it stays in the case and in an evidence package, marked “withdrawn” with your reason, but it is no longer counted in the charts, the possible issues or the report&apos;s totals. You can count it again later.</source>
        <translation>如果是誤記的（記了兩次，或記錯了案件），可以撤回它：它仍留在案件和證據包中，標明「已撤回」和您寫的原因，但不再計入圖表、可能存在的問題或報告中的統計。以後可以重新計入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason for withdrawing it</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, for example: the same call logged twice</source>
        <translation>必填，例如：同一通電話記了兩次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not withdrawn</source>
        <translation>沒有撤回</translation>
    </message>
</context>
<context>
    <name>WithdrawFileButton</name>
    <message>
        <location filename="../../ui/timeline/attachedfiles.py" line="-85"/>
        <source>Do&amp;n&apos;t attach this file</source>
        <translation>不附加這個檔案(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not attached yet: leave it out</source>
        <translation>這個檔案還沒有附加：不附加它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put file &amp;back…</source>
        <translation>放回檔案(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw file…</source>
        <translation>撤回檔案(&amp;W)…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Make this file one of the case&apos;s files again</source>
        <translation>讓這個檔案重新成為案件的檔案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attached the wrong file? Take it out of the case: it will not be in an evidence package. Select a file first.</source>
        <translation>附錯了檔案？把它從案件中撤回：證據包裡不會有它。請先選擇一個檔案。</translation>
    </message>
</context>
<context>
    <name>WithdrawFileDialog</name>
    <message>
        <location line="+15"/>
        <source>Withdraw a file</source>
        <translation>撤回檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this file out of the case?</source>
        <translation>要把這個檔案從案件中撤回嗎？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It will not be in any evidence package you export, and it no longer counts as one of the case&apos;s files. Nothing is deleted: OnRecord keeps its copy in its data folder on this computer, so you can put it back. The case&apos;s audit log keeps the file&apos;s name, its fingerprint and your reason, and an evidence package of the whole case shows them: write the reason for your lawyer to read.</source>
        <translation>您匯出的任何證據包都不會包含它，它也不再算作案件的檔案。不會刪除任何內容：OnRecord 在這台電腦上的資料夾中保留它的副本，所以您可以把它放回。案件的稽核紀錄會保留檔名、檔案指紋和您填寫的原因，整個案件的證據包會顯示這些內容：請寫下給律師看的原因。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason for withdrawing the file</source>
        <translation>撤回檔案的原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required, for example: a private photo, chosen by mistake</source>
        <translation>必填，例如：誤選了一張私人照片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not withdrawn</source>
        <translation>沒有撤回</translation>
    </message>
</context>
</TS>
