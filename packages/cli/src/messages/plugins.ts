/**
 * Every word the CLI writes about plugins (`--plugin`, a methodology's `plugins:`), in Vietnamese and English
 * (same keys in both).
 *
 * @example
 * ```ts
 * PLUGINS_MESSAGES.en.notInstalled('chiso-plugin-acme', '/srv/app') // 'the plugin package "chiso-plugin-acme" is not installed …'
 * ```
 */
export const PLUGINS_MESSAGES = {
  vi: {
    notInstalled: (name: string, cwd: string) => `gói plugin "${name}" chưa được cài trong ${cwd}`,
    install: (name: string) => `cài gói vào dự án: pnpm add ${name} (hoặc npm install ${name}), rồi chạy lại`,
    unloadable: (name: string, reason: string) => `không nạp được gói plugin "${name}": ${reason}`,
    noPlugin: (name: string) => `gói "${name}" không xuất plugin chiso nào`,
    noPluginHint: 'gói plugin xuất (export default) một đối tượng tạo bằng definePlugin của @chiso/sdk',
    invalid: (name: string, reason: string) => `gói "${name}" không phải plugin hợp lệ: ${reason}`,
    notAPackage: (text: string) =>
      `"${text}" không phải tên gói: --plugin nhận tên một gói đã cài (chiso-plugin-acme, @tinh/chiso-plugin)`,
    missing: (namespace: string) => `bộ chỉ số cần plugin "${namespace}", nhưng plugin này chưa được nạp`,
    missingHint: (suggestion: string) => `thêm ${suggestion}`,
    declareOrPass: (namespace: string) =>
      `cài gói cung cấp plugin làm phụ thuộc của dự án này (pnpm add chiso-plugin-${namespace}): chiso tự nạp gói chiso-plugin-${namespace} mà package.json của dự án khai báo; hoặc chỉ tên gói bằng --plugin GÓI`,
    installDeclared:
      'package.json của dự án khai báo gói này nhưng gói chưa được cài: chạy pnpm install (hoặc npm install) rồi chạy lại',
    otherPlugin: (name: string, provided: string, namespace: string) =>
      `gói "${name}" cung cấp plugin "${provided}", không phải plugin "${namespace}" mà bộ chỉ số cần`,
    ambiguous: (namespace: string, packages: string) =>
      `nhiều gói dự án khai báo có thể cung cấp plugin "${namespace}": ${packages}`,
    ambiguousHint: 'chỉ rõ gói cần dùng bằng --plugin GÓI',
  },
  en: {
    notInstalled: (name: string, cwd: string) => `the plugin package "${name}" is not installed in ${cwd}`,
    install: (name: string) =>
      `install it in the project: pnpm add ${name} (or npm install ${name}), then run again`,
    unloadable: (name: string, reason: string) => `the plugin package "${name}" cannot be loaded: ${reason}`,
    noPlugin: (name: string) => `the package "${name}" exports no chiso plugin`,
    noPluginHint:
      'a plugin package exports (as its default export) an object made with definePlugin from @chiso/sdk',
    invalid: (name: string, reason: string) => `the package "${name}" is not a valid plugin: ${reason}`,
    notAPackage: (text: string) =>
      `"${text}" is not a package name: --plugin takes the name of an installed package (chiso-plugin-acme, @province/chiso-plugin)`,
    missing: (namespace: string) => `the methodology needs the plugin "${namespace}", which is not loaded`,
    missingHint: (suggestion: string) => `add ${suggestion}`,
    declareOrPass: (namespace: string) =>
      `install the package that provides it as a dependency of this project (pnpm add chiso-plugin-${namespace}): chiso loads a chiso-plugin-${namespace} that the project's package.json declares by itself; or name the package with --plugin PACKAGE`,
    installDeclared:
      "the project's package.json declares this package but it is not installed: run pnpm install (or npm install), then run again",
    otherPlugin: (name: string, provided: string, namespace: string) =>
      `the package "${name}" provides the plugin "${provided}", not the plugin "${namespace}" the methodology needs`,
    ambiguous: (namespace: string, packages: string) =>
      `several packages the project declares could provide the plugin "${namespace}": ${packages}`,
    ambiguousHint: 'name the one to use with --plugin PACKAGE',
  },
} as const
