; Inno Setup 6.3+ script: installs the PyInstaller one-folder bundle dist\onrecord\ on Windows.
;
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\onrecord.spec
;   iscc packaging\windows\onrecord.iss
;
; onrecord.exe is the window (no console); onrecord-cli.exe is the same program for the command
; line (onrecord-cli --help, self-test, export…).
;
; Name and version are not written here: packaging\onrecord.spec stamps them from pyproject.toml
; into onrecord.exe's version resource, and this script reads them back from the built exe.
; (Pass /DAppVersion=... to iscc only to override.) The installer lands in dist\.

#define BundleDir AddBackslash(SourcePath) + "..\..\dist\onrecord"
#define AppExe BundleDir + "\onrecord.exe"
#if !FileExists(AppExe)
  #error "Build the bundle first: dist\onrecord\onrecord.exe is missing"
#endif
#ifndef AppName
  #define AppName GetStringFileInfo(AppExe, "ProductName")
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "onrecord.exe carries no ProductVersion: was it built with packaging\onrecord.spec?"
#endif

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{5E76FD00-47AA-4A2D-AC90-E60A6B8EA2B8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=OnRecord developers
; VersionInfoVersion must be numeric (like 1.2.3 or 1.2.3.4), as plain pyproject versions are.
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
UninstallDisplayIcon={app}\onrecord.exe
; Per-user install by default (no administrator needed); the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir={#SourcePath}\..\..\dist
OutputBaseFilename=OnRecord-{#AppVersion}-setup
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships Chinese wizard texts as unofficial translations: put them in the compiler's
; Languages\Unofficial folder (https://jrsoftware.org/files/istrans/) to enable these two lines.
#if FileExists(CompilerPath + "Languages\Unofficial\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"
#endif
#if FileExists(CompilerPath + "Languages\Unofficial\ChineseTraditional.isl")
Name: "zh_TW"; MessagesFile: "compiler:Languages\Unofficial\ChineseTraditional.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\onrecord.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\onrecord.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\onrecord.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The case files are the user's evidence: the uninstaller never deletes the data folder
; (%LOCALAPPDATA%\OnRecord), only the program.
