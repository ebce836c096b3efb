/**
 * The words of each command's own `--help`: its arguments' and options' descriptions, and the notes printed
 * before its examples. `shared` holds the descriptions several commands declare alike (the data options, the
 * METHODOLOGY and DATA arguments); `commands` a command's own, by option attribute (`rankBy` for `--rank-by`)
 * and argument name. English is word for word what the commands declare (a test compares them), so English
 * help is unchanged; Vietnamese help is written from here. A command without an entry keeps its own words.
 *
 * @example
 * ```ts
 * COMMAND_HELP_MESSAGES.vi.commands.score.options.json // 'giống --format json'
 * COMMAND_HELP_MESSAGES.en.shared.options.maxRows     // 'refuse tables with more rows (default 1000000)'
 * ```
 */
export const COMMAND_HELP_MESSAGES = {
  vi: {
    shared: {
      arguments: {
        methodology: 'một tệp bộ chỉ số (.yaml, .yml, .json) hoặc mã trong danh mục (mã@phiên-bản)',
        data: 'số liệu: CSV, XLSX, hoặc một bộ số liệu JSON/YAML',
      },
      options: {
        sheet: 'XLSX: trang tính cần đọc, theo tên hay số thứ tự từ 1 (mặc định: trang hiện đầu tiên)',
        mapping: 'một tệp ánh xạ (YAML/JSON): cột đơn vị, tiêu đề cột → mã tiêu chí lá, trường, nguồn',
        allowRejects: 'vẫn chạy tiếp khi có ô bị từ chối (coi như không có số liệu); mặc định: mã thoát 1',
        maxFileBytes: 'từ chối tệp số liệu lớn hơn mức này (mặc định 268435456 byte)',
        maxRows: 'từ chối bảng có nhiều hàng hơn (mặc định 1000000)',
        maxColumns: 'từ chối bảng có nhiều cột hơn (mặc định 16384)',
        maxCells: 'từ chối bảng có nhiều ô hơn: số hàng × số cột của vùng đọc (mặc định 1000000)',
        maxUncompressedBytes: 'XLSX: từ chối sổ tính giải nén ra lớn hơn mức này (mặc định 268435456 byte)',
      },
    },
    commands: {
      validate: {
        arguments: {
          file: 'một bộ chỉ số (.yaml, .yml hoặc .json), hoặc một bộ số liệu (.csv, .xlsx, .json, .yaml)',
        },
        options: {
          json: 'in { valid, errors: [{ path, message, code }] } dạng JSON',
          kind: 'loại tệp',
        },
        notes:
          'Mã thoát 0 khi tệp hợp lệ, 1 khi không. Mỗi lỗi được in kèm đường dẫn của nó trước tiên:\n  tree[2].children[0].max: bộ chỉ số không đúng cấu trúc (tại par-index-2022.yaml:41:12)',
      },
      score: {
        arguments: {
          data: 'số liệu: CSV (dạng rộng hoặc dạng dài), XLSX, hoặc một bộ số liệu JSON/YAML',
        },
        options: {
          format: 'định dạng kết quả (xlsx cần --out)',
          json: 'giống --format json',
          out: 'ghi kết quả vào tệp này (trọn vẹn một lần) thay vì in ra màn hình',
          trace:
            'giữ cách tính ra giá trị của từng tiêu chí (tình trạng, vết tính, các bước) trong kết quả JSON',
          rankBy:
            'xếp hạng các đơn vị theo tiêu chí này (một chỉ số thành phần, một lĩnh vực) thay vì theo chỉ số',
          registry:
            'nhiều kỳ: một danh mục đơn vị (lịch sử sáp nhập, chia tách), để so sánh được đơn vị đã sáp nhập, chia tách hay giải thể',
          weight:
            'nhiều kỳ với --registry: gộp các đơn vị sáp nhập theo trọng số này của danh mục (mặc định: bằng nhau)',
          compare: 'nhiều kỳ: so sánh thêm hai kỳ này (ví dụ 2021:2023)',
          period: 'số liệu một kỳ với --as-of: kỳ mà số liệu mô tả (ví dụ 2021)',
          asOf: 'với --registry và --period: xếp hạng lại theo các đơn vị còn hiệu lực vào ngày đó',
        },
        notes:
          'DATA: một tệp CSV hay trang tính dạng rộng — hàng tiêu đề unit,name,<mã tiêu chí lá>,… (cột group\ntuỳ ý; <mã>:<trường> cho các trường có tên như 1.2:done và 1.2:total; <mã>@appraisal cho một nguồn),\nmỗi đơn vị một hàng (hoặc mỗi đơn vị một cột: orientation: columns trong tệp ánh xạ) — hoặc dạng\ndài: unit,node,value[,field][,source]. CSV: UTF-8 có hoặc không có BOM, hoặc UTF-16; phân cách bằng\n"," ";" hoặc tab. Ô: số thập phân với "." hoặc "," (7.98, 7,98, 1.234,5), 95% = 0.95; để trống =\nkhông có số liệu; NA, N/A, KAD hoặc "không áp dụng" = không áp dụng; có/không, yes/no, true/false =\nđúng/sai. Các dòng tiêu đề phía trên hàng tiêu đề được bỏ qua. Tệp ánh xạ đổi tiêu đề cột thành mã\ntiêu chí lá (xem docs/importing-spreadsheets.md). Có ô bị từ chối: mã thoát 1, liệt kê từng ô, trừ\nkhi có --allow-rejects.\n\nKết quả JSON: { methodology: { id, version, fingerprint }, units: [{ unit, name, score, max,\nindex, indexDisplay, rank, band, nodes }], diagnostics } — mọi số thập phân là chuỗi.\nKết quả CSV: rank,unit,name,group,index,indexDisplay,score,max,band,<mã tiêu chí>… mỗi đơn vị một hàng.\nKết quả XLSX: một trang xếp hạng, mỗi cấp tiêu chí một trang và một trang vấn đề về số liệu, sẵn để in.\nVấn đề về số liệu không bao giờ đổi mã thoát.\n\nNhiều kỳ: tệp DATA có cột kỳ (period, year, năm, kỳ; JSON: { periods: [bộ số liệu…] }) được chấm\ntừng kỳ, mỗi kỳ theo bộ chỉ số có hiệu lực (METHODOLOGY có thể là tệp ánh xạ theo kỳ\n{ periods: { "2022": v1.yaml, "2023": mã@phiên-bản } }), rồi thay đổi giữa các kỳ liền nhau (và\n--compare A:B) được trình bày theo đơn vị: chỉ số, thứ hạng, xếp loại, và cách tạo ra con số kỳ trước.\nJSON: { periods: [{ period, scorecard }], changes, missing }. CSV: các thay đổi, mỗi đơn vị một hàng.\nXLSX: mỗi kỳ một trang xếp hạng và một trang thay đổi.',
      },
      explain: {
        options: {
          unit: 'đơn vị cần giải thích',
          node: 'giải thích chi tiết một tiêu chí: đầu vào, cách chấm, tham số, các bước',
          json: 'in kết quả của đơn vị (kèm vết tính) và các vấn đề về số liệu dạng JSON',
        },
      },
      fingerprint: {
        arguments: {
          methodology: 'các tệp bộ chỉ số (.yaml, .yml, .json) hoặc mã trong danh mục (mã@phiên-bản)',
        },
        options: {
          json: 'in { file, id, version, fingerprint } dạng JSON (một mảng khi có nhiều tệp)',
        },
        notes:
          'Dạng chuẩn sắp xếp các khoá, chuẩn hoá số thập phân ("2.50" = 2.5) và ghi ra mọi giá trị mặc định,\nnên một tệp YAML và bản JSON của nó có cùng dấu vân tay; mọi thay đổi có thể ảnh hưởng đến điểm hay\nđến nội dung của bộ chỉ số đều làm đổi dấu. Các phiên bản đã công bố được cố định bằng dấu vân tay.',
      },
      diff: {
        arguments: {
          old: 'bộ chỉ số cũ hơn: một tệp (.yaml, .yml, .json) hoặc mã trong danh mục (mã@phiên-bản)',
          'new': 'bộ chỉ số mới hơn: một tệp hoặc mã trong danh mục',
        },
        options: {
          json: 'in các thay đổi dạng JSON (cấu trúc mà applyDiff của @chiso/core áp dụng)',
          out: 'ghi kết quả vào tệp này thay vì in ra màn hình',
        },
        notes:
          'Tiêu chí được đối chiếu theo mã: tiêu chí đổi mã hiện ra là bị bỏ và được thêm (dùng bảng chuyển\nđổi và `chiso rebase` để chuyển số liệu sang). Giá trị mặc định ghi ra hay để ngầm định không phải là thay đổi.',
      },
      schema: {
        arguments: {
          kind: 'dạng tệp',
        },
        options: {
          out: 'ghi JSON Schema vào tệp này thay vì in ra màn hình',
        },
        notes:
          'Lưu JSON Schema cạnh các tệp của bạn và trỏ tới nó từ dòng đầu của tệp bộ chỉ số YAML (YAML\nlanguage server) hoặc từ khoá "$schema" của nó; trình soạn thảo sẽ gợi ý và kiểm tra khi bạn gõ:\n  # yaml-language-server: $schema=./methodology.schema.json',
      },
      plan: {
        options: {
          unit: 'đơn vị cần lập kế hoạch',
          rise: 'tăng N bậc xếp hạng',
          rank: 'đạt hạng K hoặc cao hơn',
          overtake: 'xếp trên đơn vị này',
          costs: 'một tệp chi phí (YAML/JSON): chi phí theo tiêu chí, bậc, khoá, maxCost',
          lock: 'các tiêu chí (lá hoặc tiêu chí gộp) không được thay đổi, cách nhau bằng dấu phẩy',
          peers: 'fixed (mặc định), last-year (với --last-year TỆP) hoặc +X: chỉ số của mỗi đơn vị khác + X',
          lastYear:
            'số liệu năm trước, cho --peers last-year (mỗi đơn vị khác lặp lại mức thay đổi của mình)',
          maxCost: 'mức trần của tổng chi phí',
          json: 'in kế hoạch dạng JSON (số thập phân là chuỗi)',
          out: 'ghi kết quả vào tệp này thay vì in ra màn hình',
          targets:
            'lập kế hoạch đạt các mục tiêu của đơn vị trong một tệp mục tiêu: thứ hạng hay mức tăng hạng, điểm toàn chỉ số, giá trị các tiêu chí (kèm --rise/--rank/--overtake cho thứ hạng)',
          owners: 'một tệp phân công: nhóm các bước theo cơ quan phụ trách',
          period: 'nhiều kỳ (có cột kỳ): lập kế hoạch từ số liệu của kỳ này',
        },
        notes:
          'Bộ chỉ số cộng điểm được giải chính xác (bài toán cái túi nhiều lựa chọn): kế hoạch là "tối ưu" khi\nchi phí nhỏ nhất đã được chứng minh. Bộ chỉ số quy đổi theo cả nhóm được tìm kiếm với việc tính lại\ntoàn bộ: "tốt nhất tìm được". Mọi kế hoạch đều được kiểm lại bằng cách chấm điểm lại số liệu đã thay\nđổi. Chi phí mặc định: 1 cho mỗi điểm tăng thêm (mỗi đơn vị giá trị với chỉ số tổng hợp). Tiêu chí\nkhảo sát và thống kê không được đưa vào kế hoạch trừ khi tệp chi phí ghi là kiểm soát được.\n\nTệp chi phí: { default: {perPoint, perStep, step, upTo}, nodes: { <mã>: {…, controllable} },\n              lock: [mã], maxCost }',
      },
      render: {
        options: {
          format: 'định dạng kết quả',
          out: 'ghi vào tệp này thay vì in ra màn hình (bắt buộc với xlsx)',
          language: 'vi, en, hoặc both (tiếng Việt, bên dưới là tiếng Anh)',
        },
        notes:
          'Các cột: STT, mã, lĩnh vực / tiêu chí / tiêu chí thành phần, điểm tối đa (trọng số với chỉ số tổng\nhợp), hướng dẫn chấm điểm (tạo từ cách chấm và tham số của từng tiêu chí, rồi đến mô tả riêng của tiêu\nchí) và nguồn (thẩm định, khảo sát…). Phần đầu ghi phiên bản và dấu vân tay.',
      },
      rebase: {
        arguments: {
          methodology: 'bộ chỉ số mới: một tệp (.yaml, .yml, .json) hoặc mã trong danh mục',
          data: 'số liệu năm trước: một tệp CSV, XLSX hoặc bộ số liệu JSON/YAML',
        },
        options: {
          crosswalk: 'bảng chuyển đổi từ mã của phiên bản cũ sang mã của phiên bản mới (YAML hoặc JSON)',
          from: 'bộ chỉ số cũ (tệp hoặc mã trong danh mục), để đối chiếu bảng chuyển đổi với nó',
          out: 'ghi bộ số liệu đã chuyển (JSON) vào tệp này',
          json: 'in báo cáo dạng JSON: { from, to, carried, problems, uncovered, dataset | out }',
        },
        notes:
          'Bảng chuyển đổi (YAML hoặc JSON):\n  from: cchc.demo@2024.0.0\n  to: cchc.demo@2025.0.0\n  entries:\n    - { from: "1.3", to: "1.2" }                       # đổi mã\n    - { from: "3.1", split: [{ to: "3.1", share: "0.5" }, { to: "3.4", share: "0.5" }] }\n    - { merge: ["6.1", "6.2"], to: "6.1" }            # cộng các giá trị\n    - { retire: "4.4", note: "bỏ từ năm 2025" }\nMã không được nêu giữ nguyên. Số liệu không chuyển được sẽ được liệt kê cùng lý do\n(RETIRED, NOT_IN_TARGET, CANNOT_SPLIT, CANNOT_MERGE, INCOMPLETE_MERGE).',
      },
      progress: {
        arguments: {
          methodology:
            'một tệp bộ chỉ số, một mã trong danh mục (mã@phiên-bản), hoặc một bảng kỳ → bộ chỉ số',
          data: 'số liệu: nhiều kỳ (cột kỳ, hoặc periods trong JSON) hoặc một kỳ với --period',
        },
        options: {
          targets:
            'một tệp mục tiêu (YAML/JSON): targets: [{ unit, period, node, index | score | rank | rise }]',
          owners:
            'một tệp phân công (YAML/JSON): owners: [{ node, owner, unit }]; nhóm các khoảng cách theo nơi phụ trách',
          period: 'kỳ của số liệu một kỳ (ví dụ 2023)',
          json: 'in { targets, rows } dạng JSON (số thập phân là chuỗi)',
          out: 'ghi kết quả vào tệp này thay vì in ra màn hình',
        },
        notes:
          'Một mục tiêu áp dụng cho một đơn vị (unit: MÃ) hoặc mọi đơn vị, đến một kỳ: index: "100" với node: 3.4.1\n(tiêu chí đạt 100 % điểm tối đa), score (điểm), rank: 10 (trong 10 hạng đầu) hoặc rise: 10 (so với from: kỳ\ngốc, mặc định là kỳ trước). Khoảng cách: phần còn thiếu (bằng 0 khi đã đạt); xu hướng: so với kỳ trước;\ncòn lại: số kỳ đến kỳ của mục tiêu.',
      },
      template: {
        options: {
          units: 'các đơn vị: một tệp CSV với unit,name[,group] (Mã đơn vị, Tên đơn vị…)',
          out: 'sổ tính cần ghi (.xlsx)',
          layout: 'mỗi đơn vị một trang, hoặc một trang với mỗi đơn vị một nhóm cột',
          round: 'vòng đánh giá mà sổ tính thu thập (do bộ chỉ số khai báo; mặc định là vòng đầu tiên)',
          data: 'các vòng trước (ví dụ các bản tự đánh giá đã điền), hiện ở chế độ chỉ đọc và được giữ lại',
          rounds: 'các vòng theo thứ tự khi bộ chỉ số không khai báo (self,appraisal,re-appraisal)',
          fill: 'giá trị điền sẵn vào các ô nhập (CSV, XLSX hoặc bộ số liệu; kể cả tài liệu kiểm chứng)',
        },
      },
      studio: {
        options: {
          port: 'cổng để nghe (0: bất kỳ cổng trống nào; mặc định 4173)',
          dir: 'thư mục studio đã dựng (mặc định: @chiso/studio đã cài)',
        },
        notes:
          'Lệnh không tự mở gì: hãy mở địa chỉ được in ra trong trình duyệt. Thư mục cũng mở được thẳng từ\nổ đĩa (index.html); máy chủ dành cho trình duyệt hạn chế các trang file://.',
      },
      catalogue: {
        options: {
          json: 'in danh sách dạng JSON (id, version, reference, title, status, coverage, basis, fingerprint)',
        },
        notes:
          'Mã trong danh mục dùng được ở mọi chỗ cần tệp METHODOLOGY: mã@phiên-bản, mã@năm hoặc mã@khoảng.',
      },
      'what-if': {
        options: {
          unit: 'đơn vị có giá trị thay đổi',
          set: 'giá trị mới của một tiêu chí lá, đọc như một ô số liệu: 0.5, 7,5, 95%, có/không, NA/KAD, hoặc để trống (không có số liệu); MÃ:TRƯỜNG=GIÁ-TRỊ cho cách chấm có nhiều đầu vào (dùng được nhiều lần)',
          weight: 'trọng số tương đối mới của một tiêu chí (dùng được nhiều lần)',
          changes: 'một tệp YAML/JSON các thay đổi: set: { MÃ: GIÁ-TRỊ }, weights: { MÃ: TRỌNG-SỐ }',
          json: 'in kết quả trước/sau, các tiêu chí lá đã đổi, các tiêu chí thay đổi và thay đổi thứ hạng dạng JSON',
        },
        notes:
          'Thay đổi không thể có tác dụng như yêu cầu sẽ bị từ chối (mã thoát 1): mã không có, tiêu chí được\ntính từ các tiêu chí con, giá trị ngoài khoảng của cách chấm, trọng số dưới một cách gộp điểm không dùng\ntrọng số.',
      },
      import: {
        arguments: {
          data: 'bảng tính: CSV (dạng rộng hoặc dạng dài), XLSX, hoặc một bộ số liệu JSON/YAML',
        },
        options: {
          to: 'định dạng bộ số liệu ghi ra (mặc định: theo --out, nếu không thì json)',
          out: 'ghi bộ số liệu vào tệp này (trọn vẹn một lần) thay vì in ra màn hình',
          report: 'ghi thêm báo cáo nhập đầy đủ (JSON) vào tệp này',
          json: 'in báo cáo nhập dạng JSON ra màn hình (bộ số liệu chỉ ghi vào --out)',
          methodology: 'các cột không ứng với tiêu chí lá nào của bộ chỉ số bị bỏ qua và được báo cáo',
        },
        notes:
          'Báo cáo tính đến từng ô: được dùng (và dùng làm gì), bị bỏ qua (và vì sao), bị từ chối (tệp, trang tính,\nhàng, cột, giá trị, lý do). Mã thoát 1 khi có ô bị từ chối (không ghi gì) trừ khi có --allow-rejects.\nCác con số không bao giờ đi qua số thực dấu phẩy động nhị phân.',
      },
      simulate: {
        options: {
          runs: 'số lần chạy',
          seed: 'hạt giống (cùng hạt giống → cùng kết quả, dù --workers là bao nhiêu)',
          spec: 'một tệp mô phỏng (YAML/JSON): { weights, survey, peers, alternatives, unit, targetRank }',
          workers:
            'số luồng tối đa, từ 1 đến 16 (mặc định: khả năng song song của máy, tối đa 8; chỉ khởi động luồng khi số lần chạy đủ lâu để bù thời gian khởi động)',
          targetRank: 'báo xác suất mỗi đơn vị đạt hạng ≤ K',
          unit: 'đơn vị được quan tâm (các đơn vị khác cải thiện thì bỏ qua nó; phân tích độ nhạy cho nó)',
          sensitivity:
            'tính thêm chỉ số độ nhạy bậc một và toàn phần của thứ hạng của đơn vị với N mẫu Saltelli',
          json: 'in các phân bố, tham số lấy mẫu của từng lần chạy và độ nhạy dạng JSON',
          out: 'ghi kết quả vào tệp này thay vì in ra màn hình',
          surveyErrors:
            'sai số chọn mẫu khảo sát theo đơn vị và chỉ tiêu, từ một bảng ước lượng (chiso import survey --estimates)',
        },
        notes:
          'Các lần chạy dùng một nhân tính số thực float64 dựng từ bộ chỉ số (điểm chính thức vẫn là số thập phân\nchính xác); kết quả cho biết thứ hạng danh nghĩa của nó có bằng thứ hạng của bộ máy tính chính xác hay không.\nSố ngẫu nhiên của mỗi lần chạy suy ra từ (hạt giống, số thứ tự lần chạy), nên kết quả không phụ thuộc\n--workers, và mỗi lần chạy đều lặp lại được từ các tham số đã lấy mẫu (--json).\n\nTệp mô phỏng: { unit, targetRank, weights: { noise, nodes }, survey: { n | se | errors, nodes },\n        peers: { distribution: normal, mean, sd } | { distribution: uniform, min, max },\n        alternatives: [ { nodes: leaves|inner|all|[mã], normalise: [calls], aggregate: [calls] } ] }',
      },
      report: {
        options: {
          out: 'ghi báo cáo vào tệp này (trọn vẹn một lần) thay vì in ra màn hình',
          format:
            'html (một trang độc lập) hoặc docx (tài liệu Word; cần --out); mặc định: theo đuôi tệp của --out, nếu không thì html',
          plan: 'một kế hoạch từ chiso plan --json: trình bày các bước, chi phí và thứ hạng trước/sau',
          simulate: 'một kết quả mô phỏng từ chiso simulate --json: trình bày khoảng thứ hạng của mỗi đơn vị',
          previous:
            'một bảng xếp hạng trước từ chiso score --format json: trình bày thay đổi thứ hạng của mỗi đơn vị',
          unit: 'đơn vị cần lập hồ sơ (mặc định: đơn vị của kế hoạch, nếu không thì đơn vị hạng nhất)',
          registry: 'nhiều kỳ: một danh mục đơn vị, để xu hướng so sánh được qua sáp nhập và giải thể',
          weight: 'nhiều kỳ với --registry: gộp các đơn vị sáp nhập theo trọng số này của danh mục',
          owners: 'một tệp phân công: các bước của kế hoạch và các tiêu chí bị mất điểm của từng cơ quan',
          title: 'tiêu đề của báo cáo (mặc định: tên bộ chỉ số)',
        },
        notes:
          'Một tệp HTML với kiểu trình bày nhúng sẵn và biểu đồ SVG (Observable Plot, vẽ khi tạo báo cáo): mở\nđược khi không có mạng và in được. Các con số làm tròn để hiển thị theo bộ chỉ số; thứ hạng theo giá trị\nchính xác. Cùng đầu vào → cùng từng byte (không ghi ngày, không có mã ngẫu nhiên). Tệp kế hoạch và tệp mô\nphỏng phải từ cùng bộ chỉ số (dấu vân tay) và cùng số liệu; --previous có thể từ một phiên bản bộ chỉ số\ntrước (thứ hạng được đối chiếu theo mã đơn vị). Biểu đồ có hơn 50 đơn vị chỉ vẽ 50 đơn vị đầu và đơn vị\nđược quan tâm. --format docx ghi cùng các phần thành tài liệu Word (Times New Roman, A4, biểu đồ là ảnh\nPNG vẽ bằng một phông chữ đi kèm chiso), sẵn để dán vào báo cáo; ngày tháng được cố định, nên cùng đầu\nvào cho cùng từng byte.',
      },
      appraisal: {
        arguments: {
          data: 'số liệu chứa các vòng đánh giá: một sổ tính đã điền, CSV, XLSX hoặc bộ số liệu JSON/YAML',
        },
        options: {
          report: 'báo cáo nào',
          unit: 'đơn vị của hồ sơ thẩm định (mặc định: mọi đơn vị)',
          format: 'định dạng kết quả',
          out: 'ghi vào tệp này thay vì in ra màn hình (bắt buộc với xlsx)',
        },
      },
      'import coinr': {
        arguments: {
          imeta: 'bảng iMeta của COINr (CSV): Level, iCode, iName, Direction, Weight, Parent, Type, …',
          idata: 'bảng iData của COINr (CSV): uCode, uName, …, mỗi chỉ tiêu một cột',
        },
        options: {
          outMethodology: 'bộ chỉ số cần ghi ra (.yaml hoặc .json)',
          outData: 'bộ số liệu cần ghi ra (.csv dạng rộng, hoặc .json)',
          normalise: 'minmax:L,U, zscore:TRUNG-BÌNH,ĐỘ-LỆCH hoặc none (mặc định minmax:0,100)',
          aggregate: 'cách các tiêu chí tổng hợp gộp điểm các tiêu chí con',
          denominate: 'chia mỗi chỉ tiêu cho cột Denominator của nó trong iMeta (Denominate của COINr)',
          group: 'cột nhóm trong iData, thành nhóm của từng đơn vị',
          impute: 'điền giá trị thiếu (Impute của COINr: i_mean, i_median, i_mean_grp…)',
          screen:
            'loại các đơn vị có tỷ lệ số liệu dưới mức này (dat_thresh của Screen trong COINr; theo byNA trừ khi có --unit-screen)',
          unitScreen:
            'điều gì loại một đơn vị (unit_screen của Screen trong COINr): byNA, byzeros hoặc byNAandzeros',
          nonzeroThresh:
            'với byzeros/byNAandzeros: tỷ lệ giá trị khác 0 tối thiểu (nonzero_thresh của COINr, mặc định 0.05)',
          treat: 'cách xử lý giá trị ngoại lai mặc định của COINr, winsorising tối đa WINMAX điểm',
          datThresh:
            'một tiêu chí tổng hợp cần tỷ lệ tiêu chí con có số liệu ít nhất bằng mức này (dat_thresh của Aggregate trong COINr)',
          id: 'mã của bộ chỉ số (mặc định coinr-import)',
          json: 'in bản tóm tắt và báo cáo nhập iData dạng JSON',
        },
        notes:
          'Với các mặc định (min-max về [0, 100] sau khi áp dụng Direction, trung bình cộng có trọng số của các\ntiêu chí con có số liệu với trọng số iMeta chia lại trên chúng, thứ hạng bằng nhau lấy hạng nhỏ nhất),\n`chiso score` trên hai tệp cho lại kết quả mặc định của COINr (sai khác tương đối dưới 1e-9; chiso tính\nchính xác). Trong iData, ô trống và NA là giá trị thiếu.',
      },
      'import survey': {
        arguments: {
          survey: 'cuộc khảo sát: mỗi hàng một người trả lời (đơn vị, trọng số nếu có, mỗi câu hỏi một cột)',
        },
        options: {
          spec: 'tệp đặc tả khảo sát (YAML/JSON): câu hỏi, chỉ tiêu, thống kê, cỡ mẫu tối thiểu',
          out: 'ghi các chỉ tiêu thành bộ số liệu (.csv dạng rộng, hoặc .json) thay vì in ra màn hình',
          estimates: 'ghi thêm n, n hiệu dụng, giá trị, sai số chuẩn và khoảng tin cậy của từng đơn vị (CSV)',
          sheet: 'trang tính của sổ tính (tên hoặc số thứ tự; mặc định trang đầu)',
          methodology: 'kiểm tra mỗi chỉ tiêu là một tiêu chí lá của bộ chỉ số này, cùng chiều',
          maxMissing: 'báo các đơn vị thiếu nhiều hơn tỷ lệ chỉ tiêu này (mặc định 0.2)',
          report: 'ghi thêm báo cáo về từng hàng, các chẩn đoán và các kiểm tra (JSON)',
          json: 'in báo cáo, các chẩn đoán và các kiểm tra dạng JSON ra màn hình',
          allowRejects: 'vẫn tổng hợp, bỏ các hàng và câu trả lời bị từ chối, thay vì dừng lại',
        },
        notes:
          'Mỗi hàng người trả lời được dùng, bị bỏ qua (trống, trọng số 0, không có câu trả lời dùng được) hoặc bị\ntừ chối (không có đơn vị, đơn vị không biết, trọng số sai); mỗi câu trả lời được dùng, là không trả lời,\nhoặc bị từ chối (ngoài thang của câu hỏi). Dưới cỡ mẫu tối thiểu của một chỉ tiêu, giá trị của đơn vị\nlà thiếu, kèm một chẩn đoán. Số thập phân chính xác.',
      },
      'import methodology': {
        arguments: {
          appendix:
            'sổ tính phụ lục: như chiso render --format xlsx ghi ra, hoặc bố cục bất kỳ kèm --mapping',
        },
        options: {
          out: 'ghi bộ chỉ số (YAML) vào tệp này thay vì in ra màn hình',
          mapping: 'một tệp ánh xạ: sheet, headerRow, columns { stt, content, max, method, source, code }',
          id: 'mã của bộ chỉ số (mặc định: mã mang theo trong sổ tính, nếu không thì appendix-import)',
          methodologyVersion: 'phiên bản bộ chỉ số (mặc định: phiên bản mang theo, nếu không thì 0.1.0)',
          report: 'ghi thêm kết quả của từng hàng và các ghi chú (JSON) vào tệp này',
          json: 'in báo cáo dạng JSON ra màn hình (bộ chỉ số chỉ ghi vào --out)',
          maxFileBytes: 'sổ tính lớn nhất được đọc',
          maxUncompressedBytes: 'số byte lớn nhất sổ tính được giải nén ra',
        },
        notes:
          'Mỗi hàng được dùng (thành một tiêu chí), bị bỏ qua (khối tiêu đề, đề mục, hàng trống, hàng tổng — kèm lý\ndo) hoặc bị từ chối kèm trang tính, hàng và cột (STT trùng, điểm tối đa không phải là số, các tiêu chí con\ncó tổng điểm tối đa khác của tiêu chí cha): mã thoát 1, không ghi gì. Cách chấm chỉ được chọn từ nội dung\ncột phương pháp khi nội dung ấy chỉ rõ một cách; nếu không thì dùng chiso/points, kèm một ghi chú. Bảng do\nchiso xuất ra mang theo bộ chỉ số trong một trang tính ẩn và đọc lại đúng như cũ.',
      },
    },
  },
  en: {
    shared: {
      arguments: {
        methodology: 'a methodology file (.yaml, .yml, .json) or a catalogue id (id@version)',
        data: 'the data: CSV, XLSX, or a dataset JSON/YAML',
      },
      options: {
        sheet: 'XLSX: the sheet to read, by name or 1-based index (default: the first visible sheet)',
        mapping: 'a mapping file (YAML/JSON): unit column, header → leaf code, fields, sources',
        allowRejects: 'go on when cells were rejected (they count as missing); default: exit 1',
        maxFileBytes: 'refuse data files larger than this (default 268435456)',
        maxRows: 'refuse tables with more rows (default 1000000)',
        maxColumns: 'refuse tables with more columns (default 16384)',
        maxCells: 'refuse tables with more cells: rows × columns of the rectangle read (default 1000000)',
        maxUncompressedBytes: 'XLSX: refuse workbooks that inflate to more (default 268435456)',
      },
    },
    commands: {
      validate: {
        arguments: {
          file: 'a methodology (.yaml, .yml or .json), or a dataset (.csv, .xlsx, .json, .yaml)',
        },
        options: {
          json: 'print { valid, errors: [{ path, message, code }] } as JSON',
          kind: 'what the file is',
        },
        notes:
          'Exit 0 when the file is valid, 1 when it is not. Each error is printed with its path first:\n  tree[2].children[0].max: expected a decimal string (at par-index-2022.yaml:41:12)',
      },
      score: {
        arguments: {
          data: 'the data: CSV (wide or long), XLSX, or a dataset JSON/YAML',
        },
        options: {
          format: 'output format (xlsx needs --out)',
          json: 'same as --format json',
          out: 'write the result to this file (atomically) instead of stdout',
          trace: 'keep how every node’s value came about (status, trace, steps) in the JSON output',
          rankBy: 'rank the units on this node (a sub-index, a pillar) instead of the index',
          registry: 'panels: a unit registry (lineage), so merged, split and abolished units compare',
          weight: 'panels with --registry: weigh merged units by this registry weight (default: equal)',
          compare: 'panels: also compare these two periods (e.g. 2021:2023)',
          period: 'one-period data with --as-of: the period it describes (e.g. 2021)',
          asOf: 'with --registry and --period: re-express the ranking for the units in force that day',
        },
        notes:
          'DATA: a wide CSV or sheet — a header row unit,name,<leaf code>,… (group optional; <code>:<field>\nfor named fields such as 1.2:done and 1.2:total; <code>@appraisal for a source), one row per unit\n(or one column per unit: orientation: columns in a mapping) — or a long one: unit,node,value\n[,field][,source]. CSV: UTF-8 with or without BOM or UTF-16; "," ";" or tab delimited. Cells:\ndecimals with "." or "," (7.98, 7,98, 1.234,5), 95% = 0.95; empty = missing; NA, N/A, KAD or\n"không áp dụng" = not applicable; có/không, yes/no, true/false = booleans. Titles above the\nheader row are skipped. A mapping file renames headers to leaf codes (see docs/importing-spreadsheets.md).\nAny rejected cell: exit 1, listing each one, unless --allow-rejects.\n\nJSON output: { methodology: { id, version, fingerprint }, units: [{ unit, name, score, max,\nindex, indexDisplay, rank, band, nodes }], diagnostics } — every decimal is a string.\nCSV output: rank,unit,name,group,index,indexDisplay,score,max,band,<node>… per unit.\nXLSX output: a Ranking sheet, one sheet per level and a Diagnostics sheet, ready to print.\nDiagnostics about the data never change the exit code.\n\nPanels: a DATA file with a period column (period, year, năm, kỳ; JSON: { periods: [dataset…] }) is\nscored period by period, each under the methodology in force (METHODOLOGY may be a map file\n{ periods: { "2022": v1.yaml, "2023": id@version } }), then the changes between consecutive periods\n(and --compare A:B) are shown per unit: index, rank and band, and how the earlier figure was formed.\nJSON: { periods: [{ period, scorecard }], changes, missing }. CSV: the changes, one row per unit.\nXLSX: one ranking sheet per period and a Changes sheet.',
      },
      explain: {
        options: {
          unit: 'the unit (đơn vị) to explain',
          node: 'explain one node in detail: inputs, rule, options, steps',
          json: 'print the unit’s results (with traces) and diagnostics as JSON',
        },
      },
      fingerprint: {
        arguments: {
          methodology: 'methodology files (.yaml, .yml, .json) or catalogue ids (id@version)',
        },
        options: {
          json: 'print { file, id, version, fingerprint } as JSON (an array for several files)',
        },
        notes:
          'The canonical form sorts keys, normalises decimals ("2.50" = 2.5) and writes every default out, so\na YAML file and its JSON translation have the same fingerprint; any change that can affect a score\nor what the methodology says changes it. Published versions are pinned by their fingerprint.',
      },
      diff: {
        arguments: {
          old: 'the older methodology: a file (.yaml, .yml, .json) or a catalogue id (id@version)',
          'new': 'the newer methodology: a file or a catalogue id',
        },
        options: {
          json: 'print the diff as JSON (the structure applyDiff in @chiso/core applies)',
          out: 'write the result to this file instead of stdout',
        },
        notes:
          'Nodes are matched by code: a node whose code changed shows as removed and added (use a crosswalk\nand `chiso rebase` to carry data across). Defaults written out or left implicit are not changes.',
      },
      schema: {
        arguments: {
          kind: 'which format',
        },
        options: {
          out: 'write the schema to this file instead of stdout',
        },
        notes:
          'Save the schema next to your files and point at it from the first line of a YAML methodology\n(YAML language server) or from its "$schema" key; editors then complete and check what you type:\n  # yaml-language-server: $schema=./methodology.schema.json',
      },
      plan: {
        options: {
          unit: 'the unit to plan for',
          rise: 'rise N ranks',
          rank: 'reach rank K or better',
          overtake: 'be ranked ahead of this unit',
          costs: 'a costs file (YAML/JSON): per-node costs, steps, locks, maxCost',
          lock: 'comma-separated criteria (leaves or inner nodes) that must not change',
          peers: 'fixed (default), last-year (with --last-year FILE) or +X: each peer’s index + X',
          lastYear: 'last year’s data, for --peers last-year (each peer repeats its change)',
          maxCost: 'cap on the total cost',
          json: 'print the plan as JSON (decimals as strings)',
          out: 'write the result to this file instead of stdout',
          targets:
            'plan toward the unit’s targets in a targets file: rank or rise, whole index, criteria values (with --rise/--rank/--overtake for the rank)',
          owners: 'an owners file: group the steps by the office responsible',
          period: 'a panel (period column): plan from this period’s data',
        },
        notes:
          'Additive methodologies are solved exactly (a multiple-choice knapsack): the plan is "optimal" when the\nleast cost is proven. Cohort-normalised ones are searched with full re-evaluation: "best found".\nEvery plan is verified by re-scoring the changed data with the engine. Default cost: 1 per point\ngained (per unit of value for composite indexes). Survey and statistic criteria are not planned\nunless the costs file marks them controllable.\n\nCosts file: { default: {perPoint, perStep, step, upTo}, nodes: { <code>: {…, controllable} },\n              lock: [codes], maxCost }',
      },
      render: {
        options: {
          format: 'output format',
          out: 'write to this file instead of stdout (required for xlsx)',
          language: 'vi, en, or both (Vietnamese with English below)',
        },
        notes:
          'Columns: STT, code, area / criterion / sub-criterion, maximum points (weights for composite\nindexes), scoring guidance (generated from each rule and its options, then the node’s own\ndescription) and source (appraisal, survey…). The header shows the version and fingerprint.',
      },
      rebase: {
        arguments: {
          methodology: 'the new methodology: a file (.yaml, .yml, .json) or a catalogue id',
          data: 'last year’s data: a CSV, XLSX or dataset JSON/YAML',
        },
        options: {
          crosswalk: 'the crosswalk from the old version’s codes to the new one’s (YAML or JSON)',
          from: 'the old methodology (file or catalogue id), to check the crosswalk against it',
          out: 'write the rebased dataset (JSON) to this file',
          json: 'print the report as JSON: { from, to, carried, problems, uncovered, dataset | out }',
        },
        notes:
          'The crosswalk (YAML or JSON):\n  from: cchc.demo@2024.0.0\n  to: cchc.demo@2025.0.0\n  entries:\n    - { from: "1.3", to: "1.2" }                       # recoded\n    - { from: "3.1", split: [{ to: "3.1", share: "0.5" }, { to: "3.4", share: "0.5" }] }\n    - { merge: ["6.1", "6.2"], to: "6.1" }            # values added\n    - { retire: "4.4", note: "dropped in 2025" }\nCodes not named keep their code. Observations that cannot be carried over are listed with\ntheir reason (RETIRED, NOT_IN_TARGET, CANNOT_SPLIT, CANNOT_MERGE, INCOMPLETE_MERGE).',
      },
      progress: {
        arguments: {
          methodology: 'a methodology file, a catalogue id (id@version), or a period → methodology map',
          data: 'the data: a panel (period column, or JSON periods) or one period with --period',
        },
        options: {
          targets:
            'a targets file (YAML/JSON): targets: [{ unit, period, node, index | score | rank | rise }]',
          owners: 'an owners file (YAML/JSON): owners: [{ node, owner, unit }]; groups the gaps by owner',
          period: 'the period of one-period data (e.g. 2023)',
          json: 'print { targets, rows } as JSON (decimals as strings)',
          out: 'write the result to this file instead of stdout',
        },
        notes:
          'A target holds for a unit (unit: CODE) or every unit, by a period: index: "100" with node: 3.4.1\n(the node at 100 % of its maximum), score (points), rank: 10 (top 10) or rise: 10 (from: the base\nperiod, default the period before). Gap: what is still needed (0 once met); trend: against the\nprevious period; left: periods until the target’s period.',
      },
      template: {
        options: {
          units: 'the units: a CSV with unit,name[,group] (Mã đơn vị, Tên đơn vị…)',
          out: 'the workbook to write (.xlsx)',
          layout: 'a sheet per unit, or one sheet with a group of columns per unit',
          round: 'the round the workbook collects (declared by the methodology; default its first)',
          data: 'earlier rounds (e.g. the filled self-assessments), shown read-only and carried along',
          rounds: 'the rounds in order when the methodology declares none (self,appraisal,re-appraisal)',
          fill: 'values to pre-fill the input cells with (CSV, XLSX or dataset; evidence included)',
        },
      },
      studio: {
        options: {
          port: 'the port to listen on (0: any free port; default 4173)',
          dir: 'the built studio folder (default: the installed @chiso/studio)',
        },
        notes:
          'Opens nothing itself: open the printed address in a browser. The folder can also be opened straight\nfrom the disk (index.html); the server is there for browsers that restrict file:// pages.',
      },
      catalogue: {
        options: {
          json: 'print the list as JSON (id, version, reference, title, status, coverage, basis, fingerprint)',
        },
        notes: 'A catalogue id is used wherever a METHODOLOGY file is: id@version, id@year or id@range.',
      },
      'what-if': {
        options: {
          unit: 'the unit (đơn vị) whose values change',
          set: 'a leaf’s new value, read like a data cell: 0.5, 7,5, 95%, có/không, NA/KAD, or empty (missing); CODE:FIELD=VALUE for a rule with several inputs (repeatable)',
          weight: 'a node’s new relative weight (repeatable)',
          changes: 'a YAML/JSON file of changes: set: { CODE: VALUE }, weights: { CODE: WEIGHT }',
          json: 'print the before/after results, changed leaves, moved nodes and rank changes as JSON',
        },
        notes:
          'A change that cannot have the effect asked for is refused (exit 1): an unknown code, a node computed\nfrom its children, a value out of the rule’s range, a weight under an aggregator that ignores weights.',
      },
      import: {
        arguments: {
          data: 'the spreadsheet: CSV (wide or long), XLSX, or a dataset JSON/YAML',
        },
        options: {
          to: 'dataset format written (default: from --out, else json)',
          out: 'write the dataset to this file (atomically) instead of stdout',
          report: 'also write the full import report (JSON) to this file',
          json: 'print the import report as JSON on stdout (the dataset goes only to --out)',
          methodology: 'columns naming none of its leaves are ignored and reported',
        },
        notes:
          'The report accounts for every cell: used (and as what), ignored (and why), rejected (file, sheet,\nrow, column, value, reason). Exit 1 when any cell was rejected (nothing is written) unless\n--allow-rejects. Numbers never pass through a binary float.',
      },
      simulate: {
        options: {
          runs: 'number of runs',
          seed: 'seed (same seed → same results, whatever --workers)',
          spec: 'a simulation spec (YAML/JSON): weights, survey, peers, alternatives, unit, targetRank',
          workers:
            'most threads, 1 to 16 (default: the machine’s parallelism, at most 8; workers start only for runs that would take longer than their start-up)',
          targetRank: 'report each unit’s probability of rank ≤ K',
          unit: 'the unit of interest (peers’ improvements skip it; sensitivity analyses it)',
          sensitivity:
            'also compute first-order and total-effect indices of the unit’s rank with N Saltelli samples',
          json: 'print the distributions, the sampled parameters of every run and the sensitivity as JSON',
          out: 'write the result to this file instead of stdout',
          surveyErrors:
            'survey sampling error per unit and indicator from an estimates table (chiso import survey --estimates)',
        },
        notes:
          'Runs use a float64 kernel compiled from the methodology (official scores stay exact decimals); the\noutput says whether its nominal ranks equal the exact engine’s. Each run’s random numbers derive from\n(seed, run index), so results do not depend on --workers, and every run can be replayed from its\nsampled parameters (--json).\n\nSpec: { unit, targetRank, weights: { noise, nodes }, survey: { n | se | errors, nodes },\n        peers: { distribution: normal, mean, sd } | { distribution: uniform, min, max },\n        alternatives: [ { nodes: leaves|inner|all|[codes], normalise: [calls], aggregate: [calls] } ] }',
      },
      report: {
        options: {
          out: 'write the report to this file (atomically) instead of stdout',
          format:
            'html (one self-contained page) or docx (a Word document; needs --out); default: from --out’s extension, else html',
          plan: 'a plan from chiso plan --json: show its steps, costs and rank before/after',
          simulate: 'a simulation from chiso simulate --json: show each unit’s rank interval',
          previous: 'an earlier ranking from chiso score --format json: show each unit’s rank change',
          unit: 'the unit to profile (default: the plan’s unit, else the first-ranked)',
          registry: 'panels: a unit registry, so the trend compares across merges and abolitions',
          weight: 'panels with --registry: weigh merged units by this registry weight',
          owners: 'an owners file: each office’s plan steps and criteria losing points',
          title: 'the report’s title (default: the methodology’s)',
        },
        notes:
          'One HTML file with inline style and SVG charts (Observable Plot, drawn when the report is made): it\nopens offline and prints. Numbers use the methodology’s display rounding; ranks follow exact values.\nSame inputs → the same bytes (no date, no random ids). Plan and simulation files must come from the\nsame methodology (fingerprint) and data; --previous may come from an earlier methodology version\n(ranks are matched by unit code). Charts with more than 50 units show the top 50 and the unit in focus.\n--format docx writes the same sections as a Word document (Times New Roman, A4, charts as PNG pictures\ndrawn with a font shipped with chiso), ready to paste into a báo cáo; its dates are pinned, so the same\ninputs give the same bytes.',
      },
      appraisal: {
        arguments: {
          data: 'the data holding the rounds: a filled workbook, CSV, XLSX or dataset JSON/YAML',
        },
        options: {
          report: 'which report',
          unit: 'the unit of the appraisal record (default: every unit)',
          format: 'output format',
          out: 'write to this file instead of stdout (required for xlsx)',
        },
      },
      'import coinr': {
        arguments: {
          imeta: 'COINr iMeta table (CSV): Level, iCode, iName, Direction, Weight, Parent, Type, …',
          idata: 'COINr iData table (CSV): uCode, uName, …, one column per indicator',
        },
        options: {
          outMethodology: 'the methodology to write (.yaml or .json)',
          outData: 'the dataset to write (.csv wide, or .json)',
          normalise: 'minmax:L,U, zscore:MEAN,SD or none (default minmax:0,100)',
          aggregate: 'how aggregates combine their children',
          denominate: 'divide each indicator by its iMeta Denominator column (COINr Denominate)',
          group: 'the iData group column that becomes each unit’s group',
          impute: 'impute missing values (COINr Impute: i_mean, i_median, i_mean_grp…)',
          screen:
            'screen out units with less data than this share (COINr Screen dat_thresh; byNA unless --unit-screen)',
          unitScreen: 'what screens a unit out (COINr Screen unit_screen): byNA, byzeros or byNAandzeros',
          nonzeroThresh:
            'with byzeros/byNAandzeros: the least share of non-zero values (COINr nonzero_thresh, default 0.05)',
          treat: 'COINr’s default outlier treatment, winsorising up to WINMAX points',
          datThresh: 'an aggregate needs this share of its children (COINr Aggregate dat_thresh)',
          id: 'the methodology id (default coinr-import)',
          json: 'print a summary and the import report of iData as JSON',
        },
        notes:
          'With the defaults (min-max to [0, 100] after applying Direction, weighted arithmetic means of the\nchildren present with the iMeta weights rescaled over them, ranks with ties = min), `chiso score`\non the two files reproduces COINr’s default results (to 1e-9 relative; chiso computes exactly).\nIn iData, empty cells and NA are missing values.',
      },
      'import survey': {
        arguments: {
          survey: 'the survey: one row per respondent (unit, optional weight, one column per item)',
        },
        options: {
          spec: 'the survey spec (YAML/JSON): items, indicators, statistics, minimum sample',
          out: 'write the indicators as a dataset (.csv wide, or .json) instead of stdout',
          estimates: 'also write n, effective n, value, standard error and interval per unit (CSV)',
          sheet: 'the sheet of a workbook (name or number; default the first)',
          methodology: 'check that every indicator is a leaf of it, with the same direction',
          maxMissing: 'report units missing more than this share of indicators (default 0.2)',
          report: 'also write the report on every row, the diagnostics and the checks (JSON)',
          json: 'print the report, diagnostics and checks as JSON on stdout',
          allowRejects: 'aggregate without the rejected rows and answers instead of stopping',
        },
        notes:
          'Every respondent row is used, ignored (blank, weight 0, no usable answer) or rejected (no unit, an\nunknown unit, a bad weight); every answer is used, no answer, or rejected (outside its item’s scale).\nBelow an indicator’s minimum sample the unit’s value is missing, with a diagnostic. Exact decimals.',
      },
      'import methodology': {
        arguments: {
          appendix:
            'the appendix workbook: as chiso render --format xlsx writes it, or any layout with --mapping',
        },
        options: {
          out: 'write the methodology (YAML) to this file instead of stdout',
          mapping: 'a mapping file: sheet, headerRow, columns { stt, content, max, method, source, code }',
          id: 'the methodology id (default: the carried one, else appendix-import)',
          methodologyVersion: 'the methodology version (default: the carried one, else 0.1.0)',
          report: 'also write every row’s outcome and the notes (JSON) to this file',
          json: 'print the report as JSON on stdout (the methodology goes only to --out)',
          maxFileBytes: 'largest workbook read',
          maxUncompressedBytes: 'most bytes the workbook may inflate to',
        },
        notes:
          'Every row is used (a node), ignored (title block, headings, empty, total — with the reason) or\nrejected with its sheet, row and column (duplicate STT, a maximum that is not a number, children\nwhose maxima do not add up to their parent’s): exit 1, nothing written. A rule is chosen from the\nmethod text only where the text names one unambiguously; otherwise chiso/points, with a note.\nA table rendered by chiso carries its methodology in a hidden sheet and reads back exactly.',
      },
    },
  },
} as const
