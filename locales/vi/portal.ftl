# Wellspring Health — patient portal and provider management.
# Every user-visible string lives here; code holds message ids only.
# Keep ids identical in every locale: a test fails when one is missing or extra.

## Product

-brand = Wellspring Health
product-name = { -brand }
document-title = { $page } · { -brand }

## Page shell

skip-to-main = Chuyển đến nội dung chính
nav-main-label = Điều hướng chính
nav-home = Trang chủ
nav-accessibility = Hỗ trợ tiếp cận
language-label = Ngôn ngữ
language-submit = Đổi ngôn ngữ
route-announcement = Đã tải trang: { $title }
footer-label = Thông tin trang web
footer-emergency = Trong trường hợp cấp cứu, hãy gọi 911 hoặc đến khoa cấp cứu gần nhất. Không sử dụng cổng thông tin này cho các vấn đề khẩn cấp.
footer-rights = Cổng thông tin bệnh nhân { -brand }

## Accounts: signing in and out

nav-sign-in = Đăng nhập
nav-account = Tài khoản và bảo mật
signed-in-as = Đã đăng nhập với tư cách { $name }
sign-out = Đăng xuất
sign-in-title = Đăng nhập
sign-in-intro = Hãy sử dụng địa chỉ email và mật khẩu của tài khoản cổng thông tin của quý vị.
email-label = Địa chỉ email
password-label = Mật khẩu
sign-in-submit = Đăng nhập
error-summary-title = Có vấn đề cần khắc phục

## Account security

security-title = Đăng nhập và bảo mật
sessions-heading = Những nơi quý vị đang đăng nhập
sessions-intro = Nếu quý vị thấy một thiết bị mà quý vị không nhận ra, hãy đăng xuất thiết bị đó.
sessions-caption = Các phiên đăng nhập của quý vị
sessions-device = Thiết bị
sessions-network = Mạng
sessions-started = Thời điểm đăng nhập
sessions-last-active = Hoạt động gần nhất
sessions-actions = Thao tác
# $browser and $system are product names such as Chrome and Android.
session-device = { $browser } trên { $system }
session-device-unknown = Thiết bị không xác định
session-this-device = Thiết bị này
session-end = Đăng xuất
# The button's accessible name: it must start with the visible text of session-end.
session-end-label = Đăng xuất phiên trên { $device }
sessions-end-others = Đăng xuất khỏi tất cả các phiên khác
sessions-ended = { $count ->
   *[other] Quý vị đã được đăng xuất khỏi { $count } phiên khác.
}
session-ended = Phiên đó đã được đăng xuất.

## Home page

home-title = Chào mừng quý vị đến với { -brand }
home-intro = Quản lý việc chăm sóc sức khỏe của quý vị trực tuyến, bằng ngôn ngữ của quý vị, trên mọi thiết bị.
home-features-heading = Với cổng thông tin này, quý vị có thể
home-feature-find = tìm bác sĩ nói ngôn ngữ của quý vị và chấp nhận bảo hiểm của quý vị,
home-feature-book = đặt, đổi hoặc hủy lịch hẹn,
home-feature-message = gửi tin nhắn không khẩn cấp cho nhóm chăm sóc của quý vị,
home-feature-records = xem bản tóm tắt các lần khám và kết quả xét nghiệm của quý vị.
home-help-heading = Quý vị cần trợ giúp?
home-help-body = Nhân viên quầy tiếp tân của chúng tôi có thể giúp quý vị bắt đầu. Hãy đọc tuyên bố về hỗ trợ tiếp cận để biết cách chúng tôi giúp mọi người đều sử dụng được cổng thông tin này.
home-help-link = Đọc tuyên bố về hỗ trợ tiếp cận

## Accessibility statement

accessibility-title = Tuyên bố về hỗ trợ tiếp cận
accessibility-intro = Chúng tôi muốn mọi người đều có thể sử dụng cổng thông tin này, kể cả những người dùng trình đọc màn hình, bàn phím, điều khiển bằng giọng nói hoặc phóng to màn hình, và những người đọc ngôn ngữ khác ngoài tiếng Anh.
accessibility-standard-heading = Tiêu chuẩn chúng tôi tuân theo
accessibility-standard-body = Cổng thông tin này hướng tới việc đáp ứng Hướng dẫn về khả năng tiếp cận nội dung web (WCAG) 2.2 ở mức AA. Trước mỗi lần phát hành, mọi trang đều được kiểm tra tự động bằng tất cả các ngôn ngữ.
accessibility-features-heading = Quý vị có thể mong đợi gì
accessibility-feature-keyboard = Mọi thao tác đều có thể thực hiện chỉ bằng bàn phím.
accessibility-feature-languages = Mọi trang đều có bằng tiếng Anh, tiếng Tây Ban Nha, tiếng Ả Rập, tiếng Trung giản thể và tiếng Việt.
accessibility-feature-zoom = Có thể phóng to chữ lên đến 400% mà không bị mất bất kỳ nội dung nào.
accessibility-feature-no-script = Các thao tác chính vẫn hoạt động ngay cả khi JavaScript bị tắt hoặc tải chậm.
accessibility-help-heading = Nếu quý vị gặp khó khăn khi sử dụng
accessibility-help-body = Hãy báo cho quầy tiếp tân tại phòng khám của quý vị, hoặc đề nghị họ cung cấp thông tin này ở định dạng khác. Chúng tôi sẽ trả lời trong vòng năm ngày làm việc.

## Not found

not-found-title = Không tìm thấy trang
not-found-body = Chúng tôi không tìm thấy trang quý vị yêu cầu. Trang này có thể đã được chuyển đi, hoặc địa chỉ có thể bị gõ sai.
not-found-home = Về trang chủ

## Errors

error-title = Đã xảy ra lỗi
error-body = Chúng tôi không thể hoàn tất yêu cầu của quý vị. Mọi thông tin quý vị đã nhập vẫn được giữ nguyên. Vui lòng thử lại sau giây lát.
error-reference = Mã tham chiếu: { $code }
error-reference-help = Nếu quý vị liên hệ với chúng tôi về sự cố này, hãy cho chúng tôi biết mã này để chúng tôi có thể tìm hiểu điều gì đã xảy ra.
error-forbidden-origin = Yêu cầu này đến từ một trang web khác, vì vậy chúng tôi đã từ chối để bảo vệ tài khoản của quý vị.
error-sign-in-invalid = Email hoặc mật khẩu không đúng. Vui lòng kiểm tra lại rồi thử lại.
error-too-many-attempts = { $minutes ->
   *[other] Quý vị đã thử quá nhiều lần. Vui lòng thử lại sau { $minutes } phút.
}
error-sign-in-required = Vui lòng đăng nhập để xem trang này.
error-not-found = Chúng tôi không tìm thấy nội dung đó. Nội dung này có thể đã bị xóa.
error-request = Không thể gửi yêu cầu của quý vị. Vui lòng kiểm tra kết nối mạng rồi thử lại.

## Formatting of dates, times and money

# $weekday is one of: mon tue wed thu fri sat sun
weekday-name = { $weekday ->
    [mon] Thứ Hai
    [tue] Thứ Ba
    [wed] Thứ Tư
    [thu] Thứ Năm
    [fri] Thứ Sáu
    [sat] Thứ Bảy
   *[sun] Chủ Nhật
}
# $month is 1 to 12
month-name = { $month ->
    [1] tháng 1
    [2] tháng 2
    [3] tháng 3
    [4] tháng 4
    [5] tháng 5
    [6] tháng 6
    [7] tháng 7
    [8] tháng 8
    [9] tháng 9
    [10] tháng 10
    [11] tháng 11
   *[12] tháng 12
}
# $weekday and $month are already names; $day and $year are numbers.
date-long = { $weekday }, { $day } { $month }, { $year }
# $hour12 is 1 to 12, $hour24 is 00 to 23, $minute is 00 to 59, $period is am or pm.
time-short = { $hour24 }:{ $minute }
# $zone is the time zone's abbreviation, e.g. EST.
date-time-in-zone = { $time } { $zone }, { $date }
# $amount is already written with this language's digit grouping and decimal mark.
money-usd = { $amount } US$
