// Names that tell the reader's computer to run the file or render it as a page. They are refused whatever the bytes
// are: a valid PDF can also be a valid script or HTML page, and the name decides what a double-click does with it.
import { extensionOf } from './file-name';

/** Lower-case, without the dot. */
export const REFUSED_EXTENSIONS: ReadonlySet<string> = new Set([
  // Windows programs, installers, shortcuts and script hosts
  'exe', 'com', 'scr', 'pif', 'cpl', 'dll', 'sys', 'drv', 'ocx', 'msi', 'msp', 'mst', 'msc', 'appx', 'appxbundle', 'msix',
  'msixbundle', 'appref-ms', 'application', 'gadget', 'lnk', 'url', 'scf', 'inf', 'reg', 'hta', 'chm', 'bat', 'cmd',
  'vb', 'vbs', 'vbe', 'js', 'jse', 'mjs', 'cjs', 'ws', 'wsf', 'wsc', 'wsh', 'ps1', 'ps1xml', 'ps2', 'psc1', 'psd1',
  'psm1', 'settingcontent-ms', 'library-ms', 'search-ms', 'iso', 'img', 'vhd', 'vhdx',
  // Other systems' programs and scripts
  'sh', 'bash', 'zsh', 'csh', 'ksh', 'command', 'tool', 'app', 'dmg', 'pkg', 'deb', 'rpm', 'apk', 'run', 'bin', 'elf',
  'jar', 'jnlp', 'class', 'py', 'pyw', 'pyc', 'pl', 'rb', 'php', 'phtml', 'asp', 'aspx', 'jsp', 'cgi', 'lua', 'desktop',
  // Pages and markup a browser or viewer renders with scripts
  'html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'svg', 'svgz', 'xml', 'xsl', 'xslt', 'swf',
  // Office documents that carry macros
  'xlsm', 'xltm', 'xlam', 'xlsb', 'docm', 'dotm', 'pptm', 'potm', 'ppam', 'ppsm', 'sldm',
]);

export function isRefusedName(fileName: string): boolean {
  return REFUSED_EXTENSIONS.has(extensionOf(fileName));
}
