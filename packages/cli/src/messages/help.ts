/**
 * The words of `chiso --help` and of commander's own help and usage errors: the program's description and
 * examples, each command's one-line summary (the program's list of commands, and the first line of the
 * command's own help), the global options, and the headings commander prints (`Usage:`, `Options:`…).
 *
 * @example
 * ```ts
 * HELP_MESSAGES.vi.titles['Options:'] // 'Tuỳ chọn:'
 * HELP_MESSAGES.en.commands.score     // 'score and rank every unit (đơn vị) of a dataset under a methodology'
 * ```
 */
export const HELP_MESSAGES = {
  vi: {
    description:
      'chiso (chỉ số): chấm điểm và xếp hạng các đơn vị theo bộ chỉ số, với số thập phân chính xác:\n' +
      'Chỉ số cải cách hành chính (PAR INDEX, CCHC), PCI, DDCI và các chỉ số tổng hợp khác.',
    version: 'in phiên bản của chiso',
    help: 'xem hướng dẫn',
    helpCommand: 'xem hướng dẫn của một lệnh',
    lang: 'ngôn ngữ của kết quả: vi hoặc en (mặc định theo CHISO_LANG, rồi LC_ALL, LC_MESSAGES hay LANG: vi_* là vi, còn lại là en)',
    plugin:
      'nạp một gói phần mở rộng đã cài trong dự án (dùng được nhiều lần): cách chấm điểm, quy đổi, gộp điểm của nó',
    exitCodes: 'Mã thoát: 0 thành công, 1 đầu vào không hợp lệ, 2 dùng lệnh sai, 3 lỗi nội bộ.',
    examples: 'Ví dụ:',
    titles: {
      'Usage:': 'Cách dùng:',
      'Arguments:': 'Tham số:',
      'Options:': 'Tuỳ chọn:',
      'Commands:': 'Lệnh:',
      'Global Options:': 'Tuỳ chọn chung:',
      'Limit options:': 'Tuỳ chọn giới hạn:',
    } as Record<string, string>,
    choices: 'giá trị',
    optionsTerm: 'tuỳ-chọn',
    commandTerm: 'lệnh',
    default: 'mặc định',
    limits: {
      maxDepth: 'từ chối cây tiêu chí sâu hơn mức này (mặc định 32 cấp)',
      maxNodes: 'từ chối bộ chỉ số có nhiều tiêu chí hơn (mặc định 100000)',
      maxUnits: 'từ chối bộ số liệu có nhiều đơn vị hơn (mặc định 1000000)',
      maxObservations: 'từ chối bộ số liệu có nhiều giá trị hơn (mặc định 50000000)',
      maxMethodologyBytes: 'từ chối tệp bộ chỉ số lớn hơn mức này, trước khi đọc (mặc định 16777216)',
      maxRuns: 'simulate: từ chối số lần chạy hay số mẫu độ nhạy lớn hơn (mặc định 1000000)',
      timeout: 'dừng lệnh sau chừng ấy giây (mã thoát 1); mặc định: không giới hạn',
    },
    commands: {
      validate:
        'kiểm tra một tệp bộ chỉ số: cấu trúc, cây tiêu chí và tham số của từng cách chấm điểm; ' +
        'hoặc một bộ số liệu với --kind dataset, một danh mục đơn vị với --kind registry',
      score: 'chấm điểm và xếp hạng mọi đơn vị của một bộ số liệu theo một bộ chỉ số',
      explain: 'giải thích kết quả của một đơn vị: từng tiêu chí với điểm và điểm tối đa',
      import:
        'đọc một bảng tính (CSV, XLSX) thành bộ số liệu của chiso, có báo cáo từng ô; hoặc các bảng của COINr',
      fingerprint: 'in dấu vân tay SHA-256 của dạng chuẩn của bộ chỉ số (dấu mà mọi bảng điểm mang theo)',
      diff: 'liệt kê những gì thay đổi giữa hai phiên bản bộ chỉ số',
      schema: 'in JSON Schema của một dạng tệp: bộ chỉ số, bộ số liệu, bảng chuyển đổi, danh mục đơn vị',
      render: 'in bộ chỉ số thành bảng phụ lục: Markdown, HTML hoặc XLSX',
      rebase: 'chuyển số liệu năm trước sang bộ chỉ số năm nay qua một bảng chuyển đổi',
      plan: 'tìm cách cải thiện ít tốn kém nhất để một đơn vị đạt mục tiêu xếp hạng',
      progress: 'tiến độ thực hiện mục tiêu: theo đơn vị và kỳ, đạt hay chưa, khoảng cách, xu hướng',
      simulate:
        'mô phỏng Monte Carlo có hạt giống: phân bố thứ hạng khi trọng số, khảo sát hay cách tính thay đổi',
      report:
        'viết báo cáo (một tệp HTML, hoặc tài liệu Word): xếp hạng, xếp loại, biểu đồ theo lĩnh vực, hồ sơ một đơn vị, kế hoạch và mô phỏng',
      template: 'tạo sổ Excel cho các đơn vị điền (tự đánh giá, thẩm định): chiso score đọc lại được',
      appraisal:
        'báo cáo của kỳ đánh giá: hồ sơ thẩm định, kết quả tự chấm không có tài liệu, thay đổi theo tiêu chí',
      studio: 'mở chiso studio (ứng dụng web) trên 127.0.0.1; số liệu không rời khỏi trình duyệt',
      catalogue: 'liệt kê các bộ chỉ số có sẵn trong chiso: mã, phiên bản, tình trạng, căn cứ pháp lý',
      'what-if': 'thay đổi một số giá trị (hay trọng số) của một đơn vị và xem chỉ số, thứ hạng trước và sau',
      // The subcommands of `chiso import`.
      coinr: 'chuyển các bảng iMeta và iData của COINr thành một bộ chỉ số và một bộ số liệu của chiso',
      survey:
        'gộp một cuộc khảo sát theo từng người trả lời (CSV, XLSX) thành các chỉ tiêu theo đơn vị, kèm n và sai số chuẩn',
      methodology: 'đọc một bảng phụ lục (XLSX) thành một tệp bộ chỉ số YAML',
    } as Record<string, string>,
  },
  en: {
    description:
      'chiso (chỉ số): score and rank units under index methodologies, with exact decimals:\n' +
      'PAR INDEX (Chỉ số cải cách hành chính, CCHC), PCI, DDCI and other composite indicators.',
    version: 'print the version of chiso',
    help: 'show help',
    helpCommand: 'show help for a command',
    lang: 'language of the output: vi or en (default: CHISO_LANG, else LC_ALL, LC_MESSAGES or LANG: vi_* is vi, anything else en)',
    plugin:
      'load a plugin package installed in this project (repeatable): its rules, normalisers and aggregators',
    exitCodes: 'Exit codes: 0 success, 1 invalid input, 2 usage error, 3 internal error.',
    examples: 'Examples:',
    titles: {
      'Usage:': 'Usage:',
      'Arguments:': 'Arguments:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Global Options:': 'Global Options:',
      'Limit options:': 'Limit options:',
    } as Record<string, string>,
    choices: 'choices',
    optionsTerm: 'options',
    commandTerm: 'command',
    default: 'default',
    limits: {
      maxDepth: 'refuse methodology trees deeper than this (default 32 levels)',
      maxNodes: 'refuse methodologies with more nodes (default 100000)',
      maxUnits: 'refuse datasets with more units (default 1000000)',
      maxObservations: 'refuse datasets with more observations (default 50000000)',
      maxMethodologyBytes:
        'refuse methodology files larger than this, before reading them (default 16777216)',
      maxRuns: 'simulate: refuse more runs or sensitivity samples (default 1000000)',
      timeout: 'stop the command after this many seconds (exit 1); default: none',
    },
    commands: {
      validate:
        'check a methodology (bộ chỉ số) file: its schema, its tree and every rule’s options; ' +
        'or a dataset with --kind dataset, or a unit registry with --kind registry',
      score: 'score and rank every unit (đơn vị) of a dataset under a methodology',
      explain: 'show how one unit’s result came about: every node with its points and maximum',
      import:
        'read a spreadsheet (CSV, XLSX) into a chiso dataset, with a report on every cell; or COINr tables',
      fingerprint:
        'print the SHA-256 fingerprint of a methodology’s canonical form (what every scorecard carries)',
      diff: 'list what changed between two methodology versions',
      schema: 'print the JSON Schema of a file format: methodology, dataset, crosswalk, unit registry',
      render: 'print a methodology as its appendix table (phụ lục): Markdown, HTML or XLSX',
      rebase: 'carry last year’s data over to this year’s methodology through a crosswalk',
      plan: 'find the least-cost improvements that bring a unit (đơn vị) to a rank target',
      progress: 'progress toward targets: per unit and period, met or not, the gap, the trend, periods left',
      simulate: 'seeded Monte Carlo rank distributions under uncertain weights, surveys, peers and methods',
      report:
        'write a report (self-contained HTML, or a Word document): ranking, bands, charts by area, a unit’s profile, plan and simulation',
      template:
        'write the Excel workbook units fill in (self-assessment, appraisal): chiso score reads it back',
      appraisal:
        'reports of the assessment cycle: appraisal record, claims without evidence, changes by criterion',
      studio: 'serve chiso studio (the web app) on 127.0.0.1; the data stays in the browser',
      catalogue: 'list the methodologies that ship with chiso: ids, versions, status, legal basis',
      'what-if':
        'change some of one unit’s values (or node weights) and see its index and rank before and after',
      coinr: 'convert COINr’s iMeta and iData tables into a chiso methodology and dataset',
      survey:
        'aggregate a respondent-level survey (CSV, XLSX) to indicators per unit, with n and standard errors',
      methodology: 'read an appendix table (phụ lục, XLSX) into a methodology YAML',
    } as Record<string, string>,
  },
} as const
