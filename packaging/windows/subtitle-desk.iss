; Inno Setup script: the Subtitle Desk installer for Windows (x64).
;
; packaging/windows/build-windows.ps1 builds the PyInstaller folder and then runs
;   ISCC.exe /DAppVersion=<pyproject version> /DAppNumericVersion=<a.b.c.d> /DSourceDir=<bundle>
;            /DIconFile=<subtitle-desk.ico> /DOutputDir=<dist> packaging\windows\subtitle-desk.iss
; (Inno Setup 6.3 or later). The values below are only defaults for opening the script in the IDE.
;
; Installs into Program Files (or, when the user picks "only for me", into their own programs
; folder without admin rights), adds a Start-menu entry, an optional desktop icon, optional
; "Open with" entries for subtitle files, and an uninstaller in Settings > Apps. The user's
; settings, autosaves and keyring entries are left alone on uninstall.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\windows\pyinstaller\dist\subtitle-desk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\windows\icons\subtitle-desk.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "Subtitle Desk"
#define AppExe "subtitle-desk.exe"
#define AppPublisher "Subtitle Desk"
#define ProgIdPrefix "SubtitleDesk"

[Setup]
; AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{6B1B2C6E-0F3A-4E55-9C1D-5D2E7A4F8B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename=subtitle-desk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Admin install for all users by default; "only for me" needs no admin rights.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Offer {#AppName} in ""Open with"" for .srt, .vtt, .ttml, .ssa and .ass files"; GroupDescription: "File types:"

[InstallDelete]
; An upgrade replaces the bundle as a whole: no stale libraries from an older version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Edit subtitles and work on Dotsub, DatoCMS and cielo24 tasks"
Name: "{autoprograms}\{#AppName} (demo services)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; Comment: "{#AppName} on the built-in local demo services"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with" entries (OpenWithProgids): they add Subtitle Desk to the list without taking over
; the user's default program for these types.
Root: HKA; Subkey: "Software\Classes\{#ProgIdPrefix}.Subtitles"; ValueType: string; ValueName: ""; ValueData: "Subtitles"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgIdPrefix}.Subtitles\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgIdPrefix}.Subtitles\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.srt\OpenWithProgids"; ValueType: string; ValueName: "{#ProgIdPrefix}.Subtitles"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.vtt\OpenWithProgids"; ValueType: string; ValueName: "{#ProgIdPrefix}.Subtitles"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.ttml\OpenWithProgids"; ValueType: string; ValueName: "{#ProgIdPrefix}.Subtitles"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.ssa\OpenWithProgids"; ValueType: string; ValueName: "{#ProgIdPrefix}.Subtitles"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.ass\OpenWithProgids"; ValueType: string; ValueName: "{#ProgIdPrefix}.Subtitles"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".srt"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".vtt"; ValueData: ""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ttml"; ValueData: ""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ssa"; ValueData: ""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ass"; ValueData: ""; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
