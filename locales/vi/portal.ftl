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
# The language chooser's button: a short word, so the chooser fits on one line of a phone. Its
# accessible name is language-submit, which must contain this word.
language-submit-short = Đổi
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

## Signing up with an invitation code

sign-in-new-here = Quý vị lần đầu sử dụng cổng thông tin này?
sign-in-sign-up-link = Tạo tài khoản bằng mã mời của quý vị
sign-up-title = Tạo tài khoản của quý vị
sign-up-intro = Quầy tiếp tân tại phòng khám của quý vị sẽ cung cấp cho quý vị một mã mời. Hãy nhập mã đó cùng với ngày sinh của quý vị, sau đó chọn địa chỉ email và mật khẩu mà quý vị sẽ dùng để đăng nhập.
invitation-code-label = Mã mời
invitation-code-hint = Gồm mười hai chữ cái và chữ số, ví dụ: ABCD-EFGH-JKMN.
date-of-birth-label = Ngày sinh
new-password-label = Chọn mật khẩu
password-hint = Ít nhất 12 ký tự. Một vài từ không liên quan đến nhau sẽ tạo thành một mật khẩu mạnh mà vẫn dễ nhớ.
sign-up-submit = Tạo tài khoản

## Front desk: finding patients and inviting them

nav-patients = Bệnh nhân
patients-title = Tìm bệnh nhân
patients-intro = Tra cứu bệnh nhân theo họ và ngày sinh để cấp mã mời cho họ. Mọi lần tra cứu đều được ghi lại, và bệnh nhân có thể xem được.
family-name-label = Họ
patients-search = Tìm bệnh nhân
patients-results = Bệnh nhân phù hợp
patients-none = Không có bệnh nhân nào khớp với họ và ngày sinh đó.
patient-born = Ngày sinh: { $date }
patient-has-account = Đã có tài khoản
invitation-create = Tạo mã mời
# The button's accessible name: it must start with the visible text of invitation-create.
invitation-create-label = Tạo mã mời cho { $name }
invitation-issued-title = Mã mời cho { $name }
invitation-issued-expires = Mã này chỉ dùng được một lần và có hiệu lực đến { $date }. Nếu tạo mã mới, mã này sẽ bị hủy.

## Who viewed my record

nav-activity = Ai đã xem hồ sơ của tôi
activity-title = Ai đã xem hồ sơ của tôi
activity-intro = Mỗi khi có người khác ngoài quý vị xem hoặc thay đổi hồ sơ của quý vị, việc đó sẽ được liệt kê tại đây: nhân viên tại phòng khám của quý vị, và bất kỳ ai hỗ trợ quý vị với tư cách người đại diện.
activity-none = Chưa có ai khác xem hoặc thay đổi hồ sơ của quý vị.
activity-list = Các lần xem và thay đổi hồ sơ của quý vị
activity-by = { $name }, { $role }
activity-by-unknown = Một người chưa đăng nhập
activity-refused = Lần truy cập này đã bị từ chối.
role-patient = bệnh nhân
role-provider = nhà cung cấp dịch vụ chăm sóc sức khỏe
role-front_desk = quầy tiếp tân
role-credentialing_admin = phòng xác minh chứng chỉ hành nghề
role-system_admin = quản trị viên hệ thống
role-proxy = người đại diện
action-view_patient_summary = Đã tra cứu hồ sơ của quý vị
action-issue_invitation = Đã tạo mã mời cho quý vị
action-sign_up = Đã tạo tài khoản của quý vị
action-appointment-book = Đã đặt lịch hẹn cho quý vị
action-appointment-reschedule = Đã đổi giờ hẹn của quý vị
action-appointment-cancel = Đã hủy lịch hẹn của quý vị
action-appointment-read = Đã xem lịch hẹn của quý vị
action-appointment-arrive = Đã ghi nhận quý vị đến khám
action-appointment-no_show = Đã ghi nhận quý vị không đến khám
action-schedule-read = Đã thấy lịch hẹn của quý vị trên lịch làm việc của phòng khám
action-patient-book_for = Đã bắt đầu đặt lịch hẹn cho quý vị
action-waitlist-join = Đã xin giờ hẹn sớm hơn cho quý vị
action-waitlist-accept = Đã nhận giờ hẹn sớm hơn cho quý vị
action-waitlist-decline = Đã từ chối giờ hẹn sớm hơn cho quý vị
action-view_audit_log = Đã tìm hồ sơ của quý vị trong nhật ký kiểm toán
action-other = Đã sử dụng hồ sơ của quý vị

## Audit log (administrators)

nav-audit = Nhật ký kiểm toán
audit-title = Nhật ký kiểm toán
audit-intro = Mọi lần đọc dữ liệu sức khỏe và mọi thay đổi, mới nhất ở trên cùng. Ngày giờ được ghi theo giờ UTC. Việc tìm kiếm trong nhật ký cũng được ghi lại.
audit-person-label = Người thực hiện (email)
audit-patient-label = Mã số bệnh nhân
audit-action-label = Thao tác
audit-from-label = Từ ngày
audit-until-label = Đến ngày
audit-refusals-only = Chỉ các lần bị từ chối
audit-search = Tìm kiếm
audit-results = Các mục phù hợp
audit-none = Không có mục nào phù hợp.
audit-col-number = STT
audit-col-when = Thời gian
audit-col-who = Người thực hiện
audit-col-action = Thao tác
audit-col-object = Đối tượng
audit-col-patient = Bệnh nhân
audit-col-outcome = Kết quả
audit-col-address = Địa chỉ IP
# $count is how many refusals of that kind by that person in that minute the row stands for
audit-refusals-count = { $count } lần bị từ chối trong phút đó
audit-action-appointment-book = Đã đặt lịch hẹn
audit-action-appointment-reschedule = Đã đổi giờ hẹn
audit-action-appointment-cancel = Đã hủy lịch hẹn
audit-action-appointment-read = Đã xem lịch hẹn
audit-action-appointment-arrive = Đã ghi nhận bệnh nhân đến khám
audit-action-appointment-no_show = Đã ghi nhận bệnh nhân không đến khám
audit-action-schedule-read = Đã thấy lịch hẹn trên lịch làm việc của phòng khám
audit-action-schedule_block-add = Đã chặn thời gian trên lịch làm việc
audit-action-schedule_block-lift = Đã bỏ chặn thời gian
audit-action-patient-book_for = Đã bắt đầu đặt lịch hẹn cho bệnh nhân
audit-action-waitlist-join = Đã xin giờ hẹn sớm hơn
audit-action-waitlist-accept = Đã nhận giờ hẹn sớm hơn
audit-action-waitlist-decline = Đã từ chối giờ hẹn sớm hơn
audit-action-view_patient_summary = Đã tra cứu bệnh nhân
audit-action-issue_invitation = Đã tạo mã mời cho bệnh nhân
audit-action-sign_up = Đã tạo tài khoản bệnh nhân
audit-action-issue_staff_invitation = Đã tạo mã mời cho nhân viên
audit-action-staff_sign_up = Đã tạo tài khoản nhân viên
audit-action-sign_in = Đã đăng nhập
audit-action-sign_in_password = Đã nhập đúng mật khẩu, trước bước nhập mã
audit-action-sign_in_second_factor = Đã nhập mã đăng nhập
audit-action-sign_in_lock = Tạm dừng đăng nhập sau quá nhiều lần thử
audit-action-sign_out = Đã đăng xuất
audit-action-end_session = Đã đăng xuất một phiên của mình
audit-action-end_other_sessions = Đã đăng xuất khỏi tất cả các phiên khác
audit-action-set_preferred_locale = Đã đổi ngôn ngữ
audit-action-change_password = Đã đổi mật khẩu
audit-action-change_email = Đã đổi địa chỉ email
audit-action-email_change_requested = Đã yêu cầu đổi địa chỉ email
audit-action-email_change_cancelled = Đã hủy việc đổi địa chỉ email
audit-action-password_reset_requested = Đã yêu cầu đường liên kết đặt lại mật khẩu
audit-action-password_reset = Đã đặt lại mật khẩu bằng đường liên kết
audit-action-two_factor_begin = Đã bắt đầu thiết lập xác minh hai bước
audit-action-two_factor_confirm = Đã nhập mã để bật xác minh hai bước
audit-action-two_factor_on = Đã bật xác minh hai bước
audit-action-two_factor_off = Đã tắt xác minh hai bước
audit-action-recovery_codes_new = Đã tạo mã khôi phục mới
audit-action-location_create = Đã thêm địa điểm
audit-action-location_update = Đã thay đổi thông tin địa điểm
audit-action-location_deactivate = Đã ngừng hoạt động một địa điểm
audit-action-location_reactivate = Đã cho một địa điểm hoạt động trở lại
audit-action-provider_create = Đã thêm nhà cung cấp
audit-action-provider_update = Đã thay đổi thông tin nhà cung cấp
audit-action-provider_deactivate = Đã ngừng hoạt động một nhà cung cấp
audit-action-provider_reactivate = Đã cho một nhà cung cấp hoạt động trở lại
audit-action-credential_add = Đã thêm chứng chỉ
audit-action-credential_edit = Đã sửa một chứng chỉ đang xác minh
audit-action-credential_pending = Đã mở lại chứng chỉ để gia hạn
audit-action-credential_verified = Đã xác minh chứng chỉ
audit-action-credential_expired = Đã đánh dấu chứng chỉ là đã hết hạn
audit-action-credential_revoked = Đã thu hồi chứng chỉ
audit-action-view_audit_log = Đã tìm kiếm trong nhật ký kiểm toán
audit-action-staff_location_assign = Đã phân công một nhân viên lễ tân cho một địa điểm
audit-action-staff_location_remove = Đã gỡ một nhân viên lễ tân khỏi một địa điểm

## Idle sign-out warning

idle-title = Quý vị vẫn còn ở đó chứ?
idle-body = { $minutes ->
   *[other] Vì lý do bảo mật, quý vị sẽ được đăng xuất sau { $minutes } phút, trừ khi quý vị chọn duy trì đăng nhập.
}
idle-stay = Duy trì đăng nhập

## Account security

security-title = Đăng nhập và bảo mật
password-heading = Đổi mật khẩu
current-password-label = Mật khẩu hiện tại
password-change-submit = Đổi mật khẩu
password-changed = Mật khẩu của quý vị đã được đổi. Quý vị đã được đăng xuất khỏi mọi nơi khác.
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
network-this-computer = Máy tính này (máy chủ của chính cổng thông tin)
network-local = Một mạng nội bộ, như mạng của phòng khám hoặc gia đình ({ $address })
network-internet = Mạng Internet ({ $address })
network-unknown = Mạng không xác định
session-this-device = Thiết bị này
session-end = Đăng xuất
# The button's accessible name: it must start with the visible text of session-end.
session-end-label = Đăng xuất phiên trên { $device }
sessions-end-others = Đăng xuất khỏi tất cả các phiên khác
sessions-ended = { $count ->
   *[other] Quý vị đã được đăng xuất khỏi { $count } phiên khác.
}
session-ended = Phiên đó đã được đăng xuất.
email-heading = Địa chỉ email
email-current = Quý vị đang đăng nhập bằng:
email-new-label = Địa chỉ email mới
email-change-submit = Đổi địa chỉ email
email-changed = Địa chỉ email của quý vị đã được đổi. Từ nay, hãy đăng nhập bằng địa chỉ mới.
email-change-sent = Chúng tôi đã gửi một liên kết đến địa chỉ mới. Địa chỉ của quý vị sẽ đổi khi quý vị mở liên kết đó; trước đó, vui lòng tiếp tục đăng nhập bằng địa chỉ hiện tại.
# $address is the new address with most of it hidden, e.g. n…@example.org
email-pending = Đang chờ xác nhận tại { $address }. Vui lòng mở liên kết chúng tôi gửi đến đó trong vòng 24 giờ.
email-cancel-submit = Hủy thay đổi
email-change-cancelled = Việc đổi địa chỉ email đã được hủy. Liên kết của yêu cầu đó không còn hoạt động.
confirm-email-title = Xác nhận địa chỉ email mới
confirm-email-intro = Nhấn nút để từ nay đăng nhập bằng địa chỉ này. Cho đến khi quý vị nhấn, chúng tôi vẫn dùng địa chỉ hiện tại.
confirm-email-submit = Xác nhận địa chỉ mới
email-change-confirm-subject = Xác nhận địa chỉ email mới của quý vị
# $name is the account holder's name; $link opens the confirmation page; $hours is how long it works.
email-change-confirm-body = Xin chào { $name },

    Quý vị đã yêu cầu đăng nhập cổng thông tin bệnh nhân bằng địa chỉ email này. Để xác nhận, vui lòng mở liên kết sau trong vòng { $hours } giờ và nhấn nút trên trang:

    { $link }

    Nếu không phải quý vị yêu cầu, hãy bỏ qua email này: không có gì thay đổi.
email-change-taken-subject = Có người đã thử dùng địa chỉ email của quý vị
# $link is the portal's address.
email-change-taken-body = Xin chào,

    Có người đã yêu cầu dùng địa chỉ email này cho một tài khoản cổng thông tin bệnh nhân, nhưng đã có tài khoản sử dụng địa chỉ này, nên không có gì thay đổi.

    Nếu quý vị muốn đăng nhập, hãy truy cập { $link }. Nếu quên mật khẩu, hãy dùng "Quý vị quên mật khẩu?" trên trang đăng nhập. Nếu không phải quý vị, có thể bỏ qua email này.
email-change-requested-subject = Có yêu cầu đổi địa chỉ email của quý vị
# $address is the new address with most of it hidden; $link opens the account's security page.
email-change-requested-body = Xin chào { $name },

    Có người đã yêu cầu đổi địa chỉ email của tài khoản cổng thông tin bệnh nhân của quý vị thành { $address }. Địa chỉ chỉ thay đổi khi liên kết chúng tôi gửi đến địa chỉ đó được mở; trước đó, chúng tôi vẫn dùng địa chỉ này.

    Nếu không phải quý vị, hãy mở { $link }, hủy thay đổi và đổi mật khẩu.
email-change-done-subject = Địa chỉ email của quý vị đã được thay đổi
email-change-done-body = Xin chào { $name },

    Địa chỉ email của tài khoản cổng thông tin bệnh nhân của quý vị giờ là { $address }. Chúng tôi sẽ không gửi thư đến địa chỉ này nữa.

    Nếu không phải quý vị, hãy gọi cho phòng khám ngay.
forgot-link = Quý vị quên mật khẩu?
forgot-title = Đặt lại mật khẩu
forgot-intro = Hãy nhập địa chỉ email mà quý vị dùng để đăng nhập. Chúng tôi sẽ gửi cho quý vị một đường liên kết để chọn mật khẩu mới.
forgot-submit = Gửi đường liên kết đặt lại mật khẩu
forgot-sent = Nếu có tài khoản sử dụng địa chỉ này, chúng tôi đã gửi một đường liên kết đến địa chỉ đó. Đường liên kết có hiệu lực trong 30 phút. Nếu quý vị không nhận được, hãy kiểm tra thư mục thư rác.
reset-title = Chọn mật khẩu mới
reset-intro = Hãy chọn mật khẩu mới cho tài khoản của quý vị. Quý vị sẽ được đăng xuất khỏi mọi nơi, sau đó quý vị có thể đăng nhập bằng mật khẩu mới.
reset-submit = Lưu mật khẩu mới
reset-done = Mật khẩu của quý vị đã được đổi. Hãy đăng nhập bằng mật khẩu mới.
error-reset-link = Đường liên kết này đã hết hạn hoặc đã được sử dụng. Vui lòng yêu cầu một đường liên kết mới.
email-reset-subject = Đặt lại mật khẩu của quý vị
# $name is the account holder's name; $link is the address to open; $minutes is how long it works.
email-reset-body = Xin chào { $name },

    Có người đã yêu cầu đặt lại mật khẩu cho tài khoản cổng thông tin bệnh nhân của quý vị. Để chọn mật khẩu mới, hãy mở đường liên kết này trong vòng { $minutes } phút:

    { $link }

    Nếu quý vị không yêu cầu việc này, quý vị có thể bỏ qua email này: mật khẩu của quý vị không thay đổi.

## Two-step verification

two-factor-heading = Xác minh hai bước
two-factor-intro = Sau khi nhập mật khẩu, quý vị cần nhập thêm một mã từ ứng dụng xác thực trên điện thoại. Nhờ vậy, người khác dù biết mật khẩu của quý vị cũng không thể đăng nhập.
two-factor-needed = Vai trò nhân viên của quý vị yêu cầu xác minh hai bước. Hãy thiết lập tại đây để có thể sử dụng các trang dành cho nhân viên.
two-factor-start = Thiết lập xác minh hai bước
two-factor-scan = Hãy quét mã QR này bằng ứng dụng xác thực của quý vị, hoặc nhập khóa vào ứng dụng.
two-factor-qr-alt = Mã QR dành cho ứng dụng xác thực của quý vị. Khóa này cũng được ghi bằng chữ ở bên dưới.
two-factor-key = Khóa:
two-factor-code-label = Mã gồm 6 chữ số mà ứng dụng của quý vị hiển thị
two-factor-confirm = Bật xác minh hai bước
two-factor-on = Xác minh hai bước đang bật.
two-factor-turn-off = Tắt xác minh hai bước
two-factor-turned-off = Đã tắt xác minh hai bước.
recovery-codes-left = { $count ->
   *[other] Quý vị còn { $count } mã khôi phục chưa dùng.
}
recovery-codes-new = Tạo mã khôi phục mới
recovery-codes-heading = Các mã khôi phục của quý vị
recovery-codes-intro = Nếu quý vị bị mất điện thoại, hãy đăng nhập bằng một trong các mã này. Mỗi mã chỉ dùng được một lần. Hãy in ra hoặc chép lại và cất giữ ở nơi an toàn: các mã này sẽ không được hiển thị lại.
sign-in-code-title = Nhập mã của quý vị
sign-in-code-intro = Hãy mở ứng dụng xác thực và nhập mã mà ứng dụng hiển thị cho cổng thông tin này. Nếu quý vị không có điện thoại bên mình, hãy nhập một trong các mã khôi phục của quý vị.
sign-in-code-label = Mã
sign-in-code-submit = Tiếp tục
sign-in-code-start-over = Đăng nhập lại từ đầu
staff-title = Tài khoản nhân viên
staff-intro = Tạo mã mời cho một nhân viên mới. Hãy đưa tận tay mã này cho họ; họ sẽ tự chọn địa chỉ email và mật khẩu của mình, sau đó thiết lập xác minh hai bước.
staff-name-label = Họ và tên
staff-roles-legend = Vai trò
staff-invitation-create = Tạo mã mời
# $name is the new staff member's name.
staff-invitation-issued-title = Mã mời cho { $name }
staff-invitation-issued-how = Họ dùng mã này để đăng ký tại trang “Đăng ký nhân viên” trên cổng thông tin này. Mã chỉ dùng được một lần.
staff-locations-link = Nơi nhân viên lễ tân làm việc
staff-locations-title = Nơi nhân viên lễ tân làm việc
staff-locations-intro = Nhân viên lễ tân chỉ xem và thay đổi lịch hẹn, lịch làm việc và thời gian bị chặn tại các địa điểm được phân công cho họ ở đây.
staff-locations-none = Chưa có tài khoản lễ tân nào.
staff-locations-nowhere = Chưa được phân công địa điểm nào: không xem được lịch hẹn nào.
staff-locations-everywhere = Đã được phân công mọi địa điểm đang hoạt động.
staff-locations-remove = Gỡ
staff-locations-remove-label = Gỡ { $location } của { $name }
staff-locations-location-label = Địa điểm cần thêm
staff-locations-assign = Phân công
staff-locations-assign-label = Phân công cho { $name }
staff-locations-done-assigned = Đã phân công địa điểm.
staff-locations-done-removed = Đã gỡ địa điểm.
staff-sign-up-title = Đăng ký nhân viên
staff-sign-up-intro = Hãy nhập mã mời mà quản trị viên đã đưa cho quý vị, rồi chọn địa chỉ email và mật khẩu mà quý vị sẽ dùng để đăng nhập. Tiếp theo, quý vị sẽ thiết lập xác minh hai bước.
nav-staff = Tài khoản nhân viên
error-name-required = Vui lòng nhập tên dài từ 1 đến 200 ký tự.
error-role-required = Vui lòng chọn ít nhất một vai trò.
error-code = Mã đó không đúng hoặc đã được sử dụng. Vui lòng nhập mã mà ứng dụng của quý vị đang hiển thị.
error-stale-form = Trang này chưa được cập nhật. Trang vừa được làm mới; vui lòng thử lại.

## Find a doctor

nav-find = Tìm bác sĩ
find-title = Tìm bác sĩ
find-intro = Quý vị có thể tìm các nhà cung cấp dịch vụ chăm sóc sức khỏe của chúng tôi theo tên, chuyên khoa, địa điểm, ngôn ngữ và bảo hiểm. Mỗi lần tìm kiếm đều có địa chỉ riêng, vì vậy quý vị có thể lưu lại hoặc chia sẻ.
find-filters = Bộ lọc tìm kiếm
find-name-label = Tên
find-specialty-label = Chuyên khoa
find-location-label = Địa điểm
find-postcode-label = Gần mã ZIP
find-within-label = Khoảng cách
# $miles is a number of miles.
find-within-option = Trong vòng { $miles } dặm
find-language-label = Ngôn ngữ nói được
find-plan-label = Chương trình bảo hiểm
find-visit-label = Hình thức khám
find-visit-in-person = Khám trực tiếp
find-visit-telehealth = Khám qua video
find-any = Tất cả
find-new-patients-label = Đang nhận bệnh nhân mới
find-submit = Tìm kiếm
# $count is the number of clinicians found.
find-count = { $count ->
    [0] Không tìm thấy nhà cung cấp dịch vụ chăm sóc sức khỏe nào.
   *[other] Tìm thấy { $count } nhà cung cấp dịch vụ chăm sóc sức khỏe.
}
find-none = Không có nhà cung cấp dịch vụ chăm sóc sức khỏe nào phù hợp với tất cả các bộ lọc này. Quý vị hãy thử bỏ bớt một bộ lọc, chọn khoảng cách xa hơn, hoặc tìm theo chuyên khoa thay vì theo tên.
find-unknown-postcode = Chúng tôi không nhận ra mã ZIP quý vị đã nhập, nên chưa thể tìm theo khoảng cách. Hãy kiểm tra lại mã này, hoặc chọn một địa điểm.
find-results = Kết quả tìm kiếm
find-speaks = Nói được
find-accepting = Đang nhận bệnh nhân mới
find-not-accepting = Hiện không nhận bệnh nhân mới
find-visit-modes = Hình thức khám
# $miles is a distance, already rounded.
find-distance = Cách { $miles } dặm
find-pages = Các trang
find-previous = Trang trước
find-next = Trang sau
# $page and $pages are numbers.
find-page-of = Trang { $page } trên tổng số { $pages }

provider-role-physician = Bác sĩ
provider-role-nurse_practitioner = Y tá chuyên khoa
provider-role-physician_assistant = Phụ tá bác sĩ
provider-role-therapist = Chuyên viên trị liệu
provider-role-nurse = Y tá
provider-role-midwife = Hộ sinh

specialty-family_medicine = Y học gia đình
specialty-internal_medicine = Nội khoa
specialty-pediatrics = Nhi khoa
specialty-cardiology = Tim mạch
specialty-interventional_cardiology = Tim mạch can thiệp
specialty-pediatric_cardiology = Tim mạch nhi
specialty-dermatology = Da liễu
specialty-obstetrics_gynecology = Sản phụ khoa
specialty-psychiatry = Tâm thần
specialty-child_psychiatry = Tâm thần trẻ em và thanh thiếu niên
specialty-mental_health_therapy = Tư vấn và trị liệu tâm lý
specialty-orthopedics = Chỉnh hình
specialty-sports_medicine = Y học thể thao
specialty-neurology = Thần kinh
specialty-endocrinology = Nội tiết
specialty-diabetes_care = Chăm sóc bệnh tiểu đường
specialty-gastroenterology = Tiêu hóa
specialty-ophthalmology = Nhãn khoa
specialty-physical_therapy = Vật lý trị liệu
specialty-geriatrics = Lão khoa
specialty-nursing = Chăm sóc điều dưỡng

language-en = Tiếng Anh
language-es = Tiếng Tây Ban Nha
language-ar = Tiếng Ả Rập
language-zh = Tiếng Trung (Quan Thoại)
language-yue = Tiếng Trung (Quảng Đông)
language-vi = Tiếng Việt
language-fr = Tiếng Pháp
language-ht = Tiếng Creole Haiti
language-pt = Tiếng Bồ Đào Nha
language-ru = Tiếng Nga
language-ko = Tiếng Hàn
language-tl = Tiếng Tagalog
language-hi = Tiếng Hindi
language-pl = Tiếng Ba Lan
language-it = Tiếng Ý
language-de = Tiếng Đức
language-ja = Tiếng Nhật
language-fa = Tiếng Ba Tư
language-so = Tiếng Somali
language-ur = Tiếng Urdu
language-bn = Tiếng Bengal
language-asl = Ngôn ngữ ký hiệu Mỹ (ASL)

credential-kind-licence = Giấy phép hành nghề
credential-kind-board_certification = Chứng nhận chuyên khoa
credential-kind-registration = Đăng ký kê đơn thuốc được kiểm soát (DEA)
credential-kind-malpractice = Bảo hiểm sơ suất y khoa
credential-status-pending = Đang xác minh
credential-status-verified = Đã xác minh
credential-status-expired = Đã hết hạn
credential-status-revoked = Đã bị thu hồi

profile-new-patients = Bệnh nhân mới
profile-plans = Bảo hiểm được chấp nhận
profile-locations = Nơi quý vị có thể khám với người này
profile-credentials = Chứng chỉ và giấy phép
profile-credentials-intro = Chúng tôi kiểm tra mọi giấy phép và chứng nhận với cơ quan đã cấp. Quý vị chỉ có thể đặt lịch hẹn với một nhà cung cấp dịch vụ chăm sóc sức khỏe tại một địa điểm khi người đó có giấy phép còn hiệu lực và đã được xác minh tại bang đó.
profile-credential-kind = Loại chứng chỉ
profile-credential-issuer = Cơ quan cấp
profile-credential-jurisdiction = Nơi áp dụng
profile-credential-valid-to = Có hiệu lực đến
profile-credential-status = Tình trạng
# $zone is the time zone's name in words, e.g. Central Time.
profile-hours-caption = Giờ mở cửa ({ $zone })
# $opens and $closes are times of day.
profile-hours-range = Từ { $opens } đến { $closes }
profile-closed = Đóng cửa
profile-not-bookable-inactive = Nhà cung cấp dịch vụ chăm sóc sức khỏe này hiện không khám bệnh.
profile-not-bookable-new-patients = Nhà cung cấp dịch vụ chăm sóc sức khỏe này hiện không nhận bệnh nhân mới.
# $jurisdiction is a state's name.
profile-not-bookable-licence-pending = Chưa thể đặt lịch hẹn tại đây: giấy phép hành nghề tại { $jurisdiction } đang được xác minh.
# $jurisdiction is a state's name.
profile-not-bookable-no-licence = Không thể đặt lịch hẹn tại đây: chúng tôi không có giấy phép hành nghề còn hiệu lực và đã được xác minh tại { $jurisdiction }.
jurisdiction-us-ny = bang New York
jurisdiction-us-il = bang Illinois
# A time zone by the name people use, whatever the location's IANA zone id is.
zone-eastern = giờ miền Đông
zone-central = giờ miền Trung
zone-mountain = giờ miền núi
# The Mountain zone where clocks do not change in summer (America/Phoenix).
zone-arizona = giờ miền núi (Arizona)
zone-pacific = giờ Thái Bình Dương
zone-alaska = giờ Alaska
zone-hawaii-aleutian = giờ Hawaii-Aleutian
# Puerto Rico and the US Virgin Islands.
zone-atlantic = giờ Đại Tây Dương
zone-utc = giờ phối hợp quốc tế (UTC)
# A zone without a name of its own: $city is the city it is named after, e.g. Berlin.
zone-city = giờ { $city }

## Credentialing

nav-credentials = Chứng chỉ và giấy phép
credentials-title = Chứng chỉ và giấy phép cần kiểm tra
credentials-intro = Các giấy phép hành nghề, chứng nhận chuyên khoa, đăng ký và bảo hiểm sơ suất y khoa đã hết hạn, sẽ hết hạn trong vòng 90 ngày hoặc đang chờ xác minh. Quý vị không thể đặt lịch hẹn với một nhà cung cấp dịch vụ chăm sóc sức khỏe tại một địa điểm nếu người đó không có giấy phép hành nghề còn hiệu lực và đã được xác minh tại bang của địa điểm đó.
credentials-summary = Tóm tắt
credentials-band-expired = Đã hết hạn
credentials-band-30 = Hết hạn trong vòng 30 ngày
credentials-band-60 = Hết hạn sau 31 đến 60 ngày
credentials-band-90 = Hết hạn sau 61 đến 90 ngày
credentials-band-pending = Đang chờ xác minh
credentials-none = Không có mục nào ở đây.
credentials-col-provider = Nhà cung cấp dịch vụ chăm sóc sức khỏe
credentials-col-actions = Thao tác
credentials-evidence-label = Tài liệu chứng minh
credentials-verify = Xác minh
credentials-revoke = Thu hồi
credentials-reopen = Mở lại để gia hạn
# $what names the clinician and the credential, e.g. "Ana Ruiz, Licence to practise".
credentials-verify-label = Xác minh: { $what }
# $what names the clinician and the credential.
credentials-revoke-label = Thu hồi: { $what }
# $what names the clinician and the credential.
credentials-reopen-label = Mở lại để gia hạn: { $what }
error-transition = Hiện không thể thực hiện thay đổi đó đối với chứng chỉ này (ví dụ: không thể xác minh một chứng chỉ đã hết hạn). Danh sách đã được cập nhật.

## Directory administration: locations, providers and their credentials

nav-providers = Nhà cung cấp
nav-locations = Địa điểm
directory-admin-active = Đang hoạt động
directory-admin-inactive = Đã ngừng hoạt động
directory-admin-col-status = Trạng thái
directory-admin-status-heading = Trạng thái
directory-admin-save = Lưu thay đổi
directory-admin-saved = Đã lưu thay đổi.
# $name is the name of what was just added.
directory-admin-added = Đã thêm { $name }.
# $name is the name of what was just added.
directory-admin-open = Mở { $name }
error-fields = Một số trường cần sửa. Mỗi vấn đề được liệt kê bên dưới và bên cạnh trường tương ứng.
error-jurisdiction = Nhập khu vực pháp lý gồm mã quốc gia và mã bang, ví dụ US-NY.

locations-title = Địa điểm
locations-intro = Tất cả các địa điểm của phòng khám, kể cả các địa điểm đã ngừng hoạt động. Địa điểm đã ngừng hoạt động sẽ không còn xuất hiện trong mục Tìm bác sĩ, và lịch sử của địa điểm đó vẫn được giữ lại. Không có gì bị xóa.
locations-list-heading = Tất cả địa điểm
locations-none = Chưa có địa điểm nào.
locations-col-providers = Nhà cung cấp
locations-back = Quay lại tất cả địa điểm
location-add-heading = Thêm địa điểm
location-add-submit = Thêm địa điểm này
location-edit-heading = Thông tin và giờ mở cửa
# $status is Active or Inactive.
location-page-lead = Địa điểm · { $status }
location-name-label = Tên
location-street-label = Địa chỉ đường phố
location-city-label = Thành phố
location-postcode-label = Mã ZIP
location-jurisdiction-label = Khu vực cấp phép
location-jurisdiction-hint = Mã quốc gia và mã bang, ví dụ US-NY. Nhà cung cấp cần có giấy phép tại khu vực này mới được đặt lịch hẹn ở đây.
location-phone-label = Số điện thoại
location-time-zone-label = Múi giờ
location-time-zone-hint = Tên múi giờ theo IANA, ví dụ America/New_York hoặc America/Chicago. Giờ mở cửa và lịch hẹn được hiển thị theo múi giờ này.
# A location's time zone in the list of locations: $name is its name in words (Eastern Time), $zone its IANA id (America/New_York).
location-time-zone-named = { $name } ({ $zone })
location-position-legend = Vị trí trên bản đồ
location-position-hint = Tính bằng độ thập phân, ví dụ 40.7128 và -74.0060. Dùng để đo khoảng cách từ một mã ZIP.
location-latitude-label = Vĩ độ
location-longitude-label = Kinh độ
location-hours-legend = Giờ mở cửa (giờ địa phương)
location-hours-hint = Để trống cả hai ô giờ vào những ngày địa điểm đóng cửa.
location-opens-label = Giờ mở cửa
location-closes-label = Giờ đóng cửa
location-active-explanation = Địa điểm này đang hoạt động: địa điểm được hiển thị trong mục Tìm bác sĩ.
location-inactive-explanation = Địa điểm này đã ngừng hoạt động: địa điểm không được hiển thị trong mục Tìm bác sĩ. Giờ mở cửa, các nhà cung cấp và lịch sử vẫn được giữ lại.
location-deactivate = Ngừng hoạt động địa điểm này
location-reactivate = Cho địa điểm này hoạt động trở lại
error-location-name-missing = Nhập tên địa điểm.
error-location-name-too-long = Tên có thể dài tối đa 200 ký tự.
error-location-street-missing = Nhập địa chỉ đường phố.
error-location-street-too-long = Địa chỉ đường phố có thể dài tối đa 200 ký tự.
error-location-city-missing = Nhập thành phố.
error-location-city-too-long = Tên thành phố có thể dài tối đa 100 ký tự.
error-location-postcode = Nhập mã ZIP gồm 3 đến 10 chữ cái, chữ số, khoảng trắng hoặc dấu gạch ngang.
error-location-latitude = Nhập vĩ độ là một số từ -90 đến 90, ví dụ 40.7128.
error-location-longitude = Nhập kinh độ là một số từ -180 đến 180, ví dụ -74.0060.
error-location-phone = Nhập số điện thoại có ít nhất 3 chữ số, chỉ dùng chữ số, khoảng trắng và + ( ) - .
error-location-time-zone-missing = Nhập múi giờ của địa điểm, ví dụ America/New_York.
error-location-time-zone-unknown = Chúng tôi không nhận ra múi giờ này. Nhập tên múi giờ theo IANA, ví dụ America/New_York hoặc America/Chicago.
# $weekday is a day's name.
error-hours-incomplete = { $weekday }: nhập cả giờ mở cửa và giờ đóng cửa, hoặc để trống cả hai nếu đóng cửa.
# $weekday is a day's name.
error-hours-opens = { $weekday }: nhập giờ mở cửa theo giờ và phút, ví dụ 08:30.
# $weekday is a day's name.
error-hours-closes = { $weekday }: nhập giờ đóng cửa theo giờ và phút, ví dụ 17:00.
# $weekday is a day's name.
error-hours-order = { $weekday }: giờ đóng cửa phải muộn hơn giờ mở cửa.

providers-title = Nhà cung cấp dịch vụ chăm sóc sức khỏe
providers-intro = Tất cả các nhà cung cấp dịch vụ chăm sóc sức khỏe trong danh bạ, kể cả những người đã ngừng hoạt động. Nhà cung cấp đã ngừng hoạt động sẽ không còn xuất hiện trong mục Tìm bác sĩ, và chứng chỉ cũng như lịch sử của họ vẫn được giữ lại. Không có gì bị xóa.
providers-list-heading = Tất cả nhà cung cấp
providers-search-label = Tìm nhà cung cấp
providers-count = { $count ->
   *[other] { $count } nhà cung cấp.
}
providers-count-found = { $count ->
    [0] Không có nhà cung cấp nào có tên này.
   *[other] Tìm thấy { $count } nhà cung cấp.
}
# $limit is a number.
providers-more = Chỉ liệt kê { $limit } người đầu tiên. Hãy tìm theo tên để thấy những người khác.
providers-col-pending = Chứng chỉ cần xác minh
providers-back = Quay lại tất cả nhà cung cấp
provider-add-heading = Thêm nhà cung cấp
provider-add-submit = Thêm nhà cung cấp này
provider-edit-heading = Thông tin
# $role is the clinician's role, $status is Active or Inactive.
provider-page-lead = { $role } · { $status }
provider-public-profile = Hồ sơ công khai
provider-given-name-label = Tên
provider-family-name-label = Họ
provider-suffix-label = Bằng cấp (không bắt buộc)
provider-suffix-hint = Hiển thị sau tên, ví dụ MD, DO, NP hoặc LCSW.
provider-role-label = Vai trò
provider-role-choose = Chọn vai trò
provider-gender-label = Giới tính (không bắt buộc)
provider-gender-not-stated = Không nêu
provider-gender-female = Nữ
provider-gender-male = Nam
provider-gender-nonbinary = Phi nhị nguyên
provider-visit-modes-legend = Bệnh nhân có thể khám với họ bằng cách nào
provider-specialties-legend = Chuyên khoa
provider-languages-legend = Ngôn ngữ nói được
provider-plans-legend = Các chương trình bảo hiểm được chấp nhận
provider-locations-legend = Địa điểm làm việc
provider-locations-hint = Chỉ có thể thêm các địa điểm đang hoạt động. Địa điểm đã ngừng hoạt động mà nhà cung cấp đang có sẽ được giữ lại cho đến khi quý vị bỏ chọn.
# $name is a location's name and city.
provider-location-inactive = { $name } (đã ngừng hoạt động)
provider-bios-legend = Giới thiệu (không bắt buộc)
provider-bios-hint = Một đoạn giới thiệu ngắn cho bệnh nhân, bằng mỗi ngôn ngữ mà quý vị có. Bệnh nhân sẽ đọc bằng ngôn ngữ của họ, nếu không có thì bằng tiếng Anh.
# $language is a language's name.
provider-bio-label = Giới thiệu bằng { $language }
provider-active-explanation = Nhà cung cấp này đang hoạt động: họ được hiển thị trong mục Tìm bác sĩ.
provider-inactive-explanation = Nhà cung cấp này đã ngừng hoạt động: họ không được hiển thị trong mục Tìm bác sĩ. Chứng chỉ và lịch sử của họ vẫn được giữ lại.
provider-deactivate = Ngừng hoạt động nhà cung cấp này
provider-reactivate = Cho nhà cung cấp này hoạt động trở lại
provider-credentials-none = Chưa ghi nhận chứng chỉ nào.
provider-credentials-dashboard-link = Chứng chỉ và giấy phép cần kiểm tra
provider-credential-add-heading = Thêm chứng chỉ
provider-credential-add-intro = Chứng chỉ mới phải chờ xác minh trên trang chứng chỉ trước khi có giá trị.
provider-credential-add = Thêm chứng chỉ này
provider-credential-correct-heading = Sửa chứng chỉ đang được xác minh
provider-credential-correct = Sửa
# $what names the credential, e.g. "Licence to practise 312456".
provider-credential-correct-label = Sửa: { $what }
provider-credential-save = Lưu chứng chỉ
provider-credential-cancel = Hủy
provider-credential-saved = Đã lưu chứng chỉ và chứng chỉ đang chờ xác minh.
credential-kind-choose = Chọn loại
credential-number-label = Số
credential-issuer-hint = Hội đồng hoặc cơ quan đã cấp, ví dụ NYSED hoặc DEA.
credential-jurisdiction-hint = Bắt buộc với giấy phép và đăng ký: mã quốc gia và mã bang, ví dụ US-NY.
credential-valid-from-label = Có hiệu lực từ
error-provider-given-name-missing = Nhập tên.
error-provider-given-name-too-long = Tên có thể dài tối đa 100 ký tự.
error-provider-family-name-missing = Nhập họ.
error-provider-family-name-too-long = Họ có thể dài tối đa 100 ký tự.
error-provider-suffix-too-long = Bằng cấp có thể dài tối đa 40 ký tự.
error-provider-role = Chọn một vai trò.
error-provider-gender = Chọn giới tính trong danh sách, hoặc Không nêu.
error-provider-visit-mode = Chọn khám trực tiếp, khám qua video hoặc cả hai.
error-provider-specialty = Chỉ chọn chuyên khoa có trong danh sách.
error-provider-language = Chỉ chọn ngôn ngữ có trong danh sách.
error-provider-plan = Chỉ chọn chương trình bảo hiểm có trong danh sách.
error-provider-location = Chỉ chọn địa điểm đang hoạt động: không thể thêm địa điểm đã ngừng hoạt động.
# $language is a language's name.
error-provider-bio-too-long = Phần giới thiệu bằng { $language } có thể dài tối đa 2000 ký tự.
error-provider-bio-locale = Chỉ có thể viết phần giới thiệu bằng một trong các ngôn ngữ của cổng thông tin.
error-credential-kind = Chọn loại chứng chỉ.
error-credential-issuer-missing = Nhập cơ quan đã cấp chứng chỉ.
error-credential-issuer-too-long = Tên cơ quan cấp có thể dài tối đa 200 ký tự.
error-credential-number-missing = Nhập số của chứng chỉ.
error-credential-number-too-long = Số có thể dài tối đa 100 ký tự.
error-credential-jurisdiction-missing = Giấy phép và đăng ký cần có khu vực pháp lý, ví dụ US-NY.
error-credential-valid-from = Nhập ngày bắt đầu có hiệu lực.
error-credential-valid-to = Nhập ngày hết hiệu lực.
error-credential-order = Ngày kết thúc không thể trước ngày bắt đầu.

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
continue-title = Tiếp tục đến trang này?
continue-body = Quý vị đã theo một liên kết từ trang web khác đến một trang có ghi lại ai đã xem nó. Để bảo vệ hồ sơ của quý vị, cổng thông tin chỉ mở trang này từ liên kết của chính nó.
# $page is the address of the page on this site, without anything after a question mark
continue-link = Tiếp tục đến { $page }
error-sign-in-invalid = Email hoặc mật khẩu không đúng. Vui lòng kiểm tra lại rồi thử lại.
error-too-many-attempts = { $minutes ->
   *[other] Quý vị đã thử quá nhiều lần. Vui lòng thử lại sau { $minutes } phút.
}
error-sign-in-required = Vui lòng đăng nhập để xem trang này.
error-not-found = Chúng tôi không tìm thấy nội dung đó. Nội dung này có thể đã bị xóa.
error-request = Không thể gửi yêu cầu của quý vị. Vui lòng kiểm tra kết nối mạng rồi thử lại.
error-invitation-invalid = Mã mời hoặc ngày sinh không đúng. Vui lòng kiểm tra lại, hoặc đề nghị quầy tiếp tân cấp mã mới.
error-already-has-account = Bệnh nhân này đã có tài khoản.
error-password-too-short = Vui lòng chọn mật khẩu có ít nhất 12 ký tự.
error-password-too-long = Vui lòng chọn mật khẩu có tối đa 256 ký tự.
error-password-guessable = Mật khẩu này quá dễ đoán. Hãy tránh dùng các từ thông dụng, tên của quý vị và địa chỉ email của quý vị.
error-email-invalid = Vui lòng nhập địa chỉ email hợp lệ, ví dụ: ten@example.com.
error-email-taken = Đã có tài khoản sử dụng địa chỉ email này. Vui lòng đăng nhập, hoặc dùng một địa chỉ email khác.
error-email-change-link = Liên kết này đã hết hạn, đã bị thay thế hoặc hủy, hoặc đã được sử dụng. Vui lòng yêu cầu liên kết mới trên trang bảo mật tài khoản.
error-email-taken-meanwhile = Một tài khoản khác đã bắt đầu dùng địa chỉ này trước khi quý vị xác nhận, nên địa chỉ email của quý vị không thay đổi. Vui lòng chọn địa chỉ khác.
error-current-password = Mật khẩu hiện tại của quý vị không đúng.

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
# $zone is the time zone's name in words, e.g. Eastern Time.
date-time-in-zone = { $time } { $zone }, { $date }
# $amount is already written with this language's digit grouping and decimal mark.
money-usd = { $amount } US$

## Booking and appointments
error-slot-taken = Giờ đó vừa có người đặt. Vui lòng chọn một trong các giờ trống gần nhất bên dưới, hoặc chọn giờ khác.
error-patient-busy = Quý vị đã có lịch hẹn vào giờ đó. Vui lòng chọn giờ khác.
error-visit-not-offered = Giờ đó không áp dụng cho loại khám này. Vui lòng chọn loại khám khác hoặc giờ khác.
error-reason-required = Vui lòng cho biết ngắn gọn lý do khám.
error-reason-too-long = Lý do khám chỉ được dài tối đa 500 ký tự.
# $hours is the location's cut-off in hours
error-change-too-late = Lịch hẹn này sẽ bắt đầu trong chưa đầy { $hours } giờ nữa, nên không thể thay đổi trực tuyến được nữa. Vui lòng gọi điện cho phòng khám.
# $hours is the location's cut-off in hours
error-offer-replaces-too-late = Lịch hẹn hiện tại của quý vị bắt đầu trong chưa đầy { $hours } giờ nên không thể đổi sang giờ này trực tuyến nữa. Vui lòng gọi cho phòng khám.
error-not-changeable = Lịch hẹn này không thể thay đổi được nữa.
# $name is the clinician's name
book-title = Đặt lịch hẹn với { $name }
book-choose-time = Chọn giờ khám
# $zone is the time zone's name in words, e.g. Eastern Time.
book-times-local = Giờ hiển thị là giờ địa phương của phòng khám ({ $zone }).
book-no-times = Tuần này không còn giờ trống. Quý vị hãy thử một tuần sau.
book-weeks = Các tuần
book-earlier = Giờ khám sớm hơn
book-later = Giờ khám muộn hơn
book-confirm-title = Xác nhận lịch hẹn của quý vị
# $when is the date and time with its zone; $place is the clinic
book-chosen = { $when } tại { $place }
book-nearest = Các giờ trống gần nhất
book-visit-type = Loại khám
book-new-patient = Lần khám đầu tiên với nhà cung cấp dịch vụ chăm sóc sức khỏe này
book-follow-up = Tái khám
book-visit-mode = Hình thức khám
book-reason = Lý do khám
book-reason-hint = Chỉ cần vài chữ, ví dụ: “đau đầu gối” hoặc “kê lại đơn thuốc”. Tối đa 500 ký tự.
book-instructions-title = Trước buổi khám
book-instructions-in-person = Vui lòng đến sớm 15 phút. Hãy mang theo giấy tờ tùy thân có ảnh, thẻ bảo hiểm và danh sách các loại thuốc quý vị đang dùng.
book-instructions-telehealth = Để khám qua video, hãy dùng điện thoại hoặc máy tính có camera ở nơi yên tĩnh và riêng tư. Chúng tôi sẽ gửi đường liên kết qua email 15 phút trước giờ bắt đầu.
book-confirm = Xác nhận đặt lịch
book-other-time = Chọn giờ khác
book-next-available = Giờ trống sớm nhất
book-see-all-times = Xem tất cả các giờ khám
appointments-title = Lịch hẹn
appointments-book-new = Đặt lịch hẹn mới
appointments-upcoming = Sắp tới
appointments-past = Đã qua và đã hủy
appointments-none-upcoming = Quý vị không có lịch hẹn nào sắp tới.
appointments-none-past = Không có lịch hẹn nào đã qua.
# $provider is the clinician's name, $place the clinic
appointments-with = Với { $provider } tại { $place }
appointment-title = Lịch hẹn
appointment-when = Thời gian
# $start is the date and start time with the zone, $end the end time
appointment-when-range = { $start } (kết thúc lúc { $end })
appointment-with = Khám với
appointment-where = Địa điểm
appointment-patient = Bệnh nhân
appointment-status = Tình trạng
appointment-add-to-calendar = Thêm vào lịch (.ics)
appointment-add-to-calendar-with-reason = Thêm vào lịch kèm lý do khám (.ics)
appointment-calendar-reason-note = Tệp thứ nhất không ghi lý do khám, để lịch được chia sẻ hoặc đồng bộ không hiển thị điều đó.
appointment-reschedule = Đổi sang giờ khác
appointment-new-time = Giờ hẹn mới
appointment-reschedule-submit = Đổi lịch hẹn
appointment-cancel = Hủy lịch hẹn này
appointment-cancel-submit = Hủy lịch hẹn
appointment-all = Tất cả lịch hẹn
appointment-booked-notice = Lịch hẹn của quý vị đã được đặt. Chúng tôi đã gửi email xác nhận cho quý vị.
appointment-rescheduled-notice = Lịch hẹn của quý vị đã được đổi. Chúng tôi đã gửi giờ hẹn mới qua email cho quý vị.
appointment-cancelled-notice = Lịch hẹn của quý vị đã được hủy.
appointment-status-held = Đang giữ chỗ cho quý vị
appointment-status-booked = Đã đặt
appointment-status-arrived = Đã đến
appointment-status-completed = Đã hoàn tất
appointment-status-no_show = Đã lỡ hẹn
appointment-status-cancelled = Đã hủy
appointment-status-lapsed = Đã hết hạn giữ chỗ
# $provider is the clinician's name
calendar-summary = Lịch hẹn với { $provider }
# $reason is what the patient wrote; $phone the clinic's number
calendar-description = Lý do khám: { $reason }. Để đổi hoặc hủy lịch hẹn, hãy dùng cổng thông tin hoặc gọi số { $phone }.
# $phone is the clinic's number
calendar-description-no-reason = Để đổi hoặc hủy lịch hẹn, hãy dùng cổng thông tin hoặc gọi số { $phone }.
email-appointment-booked-subject = Lịch hẹn của quý vị đã được đặt
email-appointment-rescheduled-subject = Lịch hẹn của quý vị đã được đổi
email-appointment-cancelled-subject = Lịch hẹn của quý vị đã được hủy
# $when is the date and time with the zone
email-appointment-reminder-subject = Nhắc lịch hẹn: { $when }
email-appointment-booked = Lịch hẹn của quý vị đã được đặt.
# $previous is the old date and time with the zone
email-appointment-rescheduled = Lịch hẹn của quý vị đã được đổi. Giờ hẹn cũ là { $previous }.
email-appointment-cancelled = Lịch hẹn của quý vị đã được hủy. Nếu quý vị không yêu cầu việc này, vui lòng gọi điện cho phòng khám.
email-appointment-reminder = Đây là lời nhắc về lịch hẹn sắp tới của quý vị.
email-appointment-in-person = Khám trực tiếp
email-appointment-telehealth = Khám qua video
# $when, $provider, $place and $mode are already written out
email-appointment-details =
    Thời gian: { $when }
    Khám với: { $provider }
    Địa điểm: { $place }
    Hình thức: { $mode }
# $name is the patient's name; $opening, $details and $link are already written out
email-appointment-body = Xin chào { $name },

    { $opening }

    { $details }

    Để xem, đổi hoặc hủy lịch hẹn, hoặc thêm lịch hẹn vào lịch của quý vị:
    { $link }
profile-no-times = Không có giờ trống trong hai tuần tới. Hãy xem tất cả các giờ khám để tìm giờ trong những tuần sau.
find-sort-label = Sắp xếp theo
find-sort-relevance = Phù hợp nhất
find-sort-soonest = Có giờ trống sớm nhất
# $count is how many of the best matches were sorted (a formatted number)
find-soonest-among = Đã sắp xếp theo giờ sớm nhất trong { $count } kết quả phù hợp nhất. Hãy thu hẹp tìm kiếm, hoặc đăng nhập, để sắp xếp tất cả kết quả.
# $when is the date and time with its zone; $place is the clinic
find-next-available-at = Giờ trống sớm nhất: { $when } tại { $place }
find-no-times = Không có giờ trống trong 60 ngày tới.
appointment-phone = Điện thoại phòng khám
waitlist-title = Quý vị muốn có giờ khám sớm hơn?
waitlist-intro = Chúng tôi có thể báo cho quý vị khi có giờ trống sớm hơn với nhà cung cấp dịch vụ chăm sóc sức khỏe này. Chúng tôi sẽ giữ giờ đó cho quý vị trong tối đa hai tiếng; nếu quý vị đặt giờ đó, lịch hẹn này sẽ được hủy.
waitlist-join = Báo cho tôi khi có giờ sớm hơn
waitlist-joined-notice = Quý vị đã có tên trong danh sách chờ. Chúng tôi sẽ gửi email cho quý vị khi có giờ trống sớm hơn.
offer-title = Đã có giờ trống sớm hơn dành cho quý vị
# $when is the date and time with its zone; $provider the clinician; $place the clinic; $until the time the hold ends
offer-text = { $when } với { $provider } tại { $place }. Chúng tôi giữ giờ này cho quý vị đến { $until }.
offer-accept = Đặt giờ này
offer-decline = Không, cảm ơn
email-offer-subject = Đã có giờ hẹn sớm hơn
# $name, $when, $provider, $place, $until and $link are already written out
email-offer-body = Xin chào { $name },

    Đã có một giờ trống sớm hơn: { $when } với { $provider } tại { $place }.

    Chúng tôi giữ giờ này cho quý vị đến { $until }. Để đặt giờ này (khi đó lịch hẹn muộn hơn của quý vị sẽ được hủy), hoặc để bỏ qua giờ này:
    { $link }
# $name is the patient's name
book-for-patient = Đang đặt lịch cho { $name }
book-for-patient-start = Đặt lịch hẹn
# $name is the patient's name
book-for-patient-start-label = Đặt lịch hẹn cho { $name }
book-for-patient-stop = Ngừng đặt lịch cho bệnh nhân này
## Staff schedule (/staff/schedule)
nav-schedule = Lịch làm việc
staff-schedule-title = Lịch làm việc
staff-schedule-intro-desk = Các nhân viên y tế của một cơ sở theo ngày hoặc theo tuần: giờ làm việc, lịch hẹn và người đã đến, thời gian bị chặn và người trực.
staff-schedule-intro-provider = Lịch hẹn, giờ làm việc, thời gian bị chặn và ca trực của bạn.
staff-schedule-location = Cơ sở
staff-schedule-provider = Nhân viên y tế
staff-schedule-all-providers = Tất cả nhân viên y tế
staff-schedule-all-locations = Tất cả cơ sở của tôi
staff-schedule-day = Ngày
staff-schedule-span = Hiển thị
staff-schedule-span-day = Một ngày
staff-schedule-span-week = Cả tuần
staff-schedule-show = Xem lịch
staff-schedule-dates = Các ngày
staff-schedule-previous-day = Ngày trước
staff-schedule-next-day = Ngày sau
staff-schedule-previous-week = Tuần trước
staff-schedule-next-week = Tuần sau
staff-schedule-today = Hôm nay
# $place is the clinic, $zone its time zone's name in words, e.g. Eastern Time.
staff-schedule-zone = Giờ được ghi theo giờ địa phương của { $place } ({ $zone }).
staff-schedule-none = Không có nhân viên y tế nào để hiển thị.
# $jurisdiction is a state's name
staff-schedule-licence-none = Vấn đề giấy phép: không có giấy phép hành nghề còn hiệu lực và đã được xác minh tại { $jurisdiction }. Bệnh nhân không thể đặt lịch với nhân viên y tế này tại đây.
# $jurisdiction is a state's name
staff-schedule-licence-pending = Vấn đề giấy phép: giấy phép hành nghề tại { $jurisdiction } vẫn đang được xác minh. Bệnh nhân chưa thể đặt lịch với nhân viên y tế này tại đây.
staff-schedule-hours = Giờ làm việc
staff-schedule-not-working = Không làm việc
# $start and $end are times of day
staff-schedule-hours-range = Từ { $start } đến { $end }
staff-schedule-on-call = Trực
staff-schedule-blocks = Thời gian bị chặn
staff-schedule-appointments = Lịch hẹn
staff-schedule-no-appointments = Không có lịch hẹn.
# $start and $end are times of day, $zone the time zone's name in words, e.g. Eastern Time.
staff-schedule-time-range = Từ { $start } đến { $end } { $zone }
# $start and $end are dates and times with their zone
staff-schedule-date-range = Từ { $start } đến { $end }
# $status is the appointment's status
staff-schedule-status = Trạng thái: { $status }
staff-schedule-during-block = Trong thời gian bị chặn
staff-schedule-whole-location = Tất cả mọi người tại cơ sở này
staff-schedule-affected = Các lịch hẹn trong thời gian này (vẫn giữ nguyên giờ cho đến khi có người dời hoặc hủy):
staff-schedule-mark-arrived = Đánh dấu đã đến
# $who is the patient's name and the appointment's time
staff-schedule-mark-arrived-label = Đánh dấu đã đến: { $who }
staff-schedule-mark-no-show = Đánh dấu vắng mặt
# $who is the patient's name and the appointment's time
staff-schedule-mark-no-show-label = Đánh dấu vắng mặt: { $who }
staff-schedule-lift = Bỏ chặn
# $what is the reason and the time of the blocked time
staff-schedule-lift-label = Bỏ chặn thời gian: { $what }
staff-schedule-add-block = Chặn thời gian
staff-schedule-block-intro = Thời gian bị chặn sẽ không còn được mở cho bệnh nhân đặt lịch. Các lịch hẹn đã đặt trong khoảng đó vẫn giữ nguyên giờ; lịch làm việc sẽ liệt kê chúng để bạn dời hoặc hủy.
# $zone is the time zone's name in words, e.g. Eastern Time.
staff-schedule-block-zone = Nhập ngày và giờ theo giờ địa phương của cơ sở ({ $zone }).
staff-schedule-block-who = Nhân viên y tế
staff-schedule-block-reason = Lý do
staff-schedule-block-start-date = Ngày bắt đầu
staff-schedule-block-start-time = Giờ bắt đầu
staff-schedule-block-end-date = Ngày kết thúc
staff-schedule-block-end-time = Giờ kết thúc
staff-schedule-block-submit = Chặn thời gian
staff-block-reason-procedure = Thủ thuật
staff-block-reason-leave = Nghỉ phép
staff-block-reason-holiday = Ngày lễ
staff-block-reason-training = Đào tạo
staff-block-reason-other = Lý do khác
staff-status-held = Được giữ cho danh sách chờ
staff-status-booked = Đã đặt
staff-status-arrived = Đã đến
staff-status-completed = Đã hoàn tất
staff-status-no_show = Vắng mặt
staff-status-cancelled = Đã hủy
staff-status-lapsed = Đề nghị đã hết hạn
staff-visit-new-patient = Bệnh nhân mới
staff-visit-follow-up = Tái khám
staff-schedule-done-arrived = Đã đánh dấu là đã đến.
staff-schedule-done-no_show = Đã đánh dấu là vắng mặt.
staff-schedule-done-blocked = Đã chặn thời gian. Các giờ này không còn được mở cho bệnh nhân đặt lịch.
# $count is the number of appointments during the blocked time
staff-schedule-done-blocked-affected = { $count ->
   *[other] Có { $count } lịch hẹn trong khoảng này, được liệt kê cùng với nó ở bên dưới.
}
staff-schedule-done-lifted = Đã bỏ chặn. Các giờ này lại được mở cho bệnh nhân đặt lịch.
staff-error-not-booked = Lịch hẹn này không còn ở trạng thái đã đặt nên không thể đánh dấu. Lịch làm việc hiện cho thấy trạng thái của nó.
staff-error-not-its-day = Chỉ có thể đánh dấu bệnh nhân đã đến vào đúng ngày hẹn.
staff-error-not-started = Chỉ có thể đánh dấu vắng mặt khi lịch hẹn đã bắt đầu.
staff-block-error = Hãy kiểm tra thời gian bị chặn: một số ô cần sửa.
staff-block-error-missing-date = Hãy nhập ngày.
staff-block-error-missing-time = Hãy nhập giờ.
staff-block-error-not-a-date = Hãy nhập ngày theo năm, tháng và ngày, ví dụ 2027-01-18.
staff-block-error-not-a-time = Hãy nhập giờ theo giờ và phút, ví dụ 09:30.
staff-block-error-end-not-after-start = Thời điểm kết thúc phải sau thời điểm bắt đầu.
staff-block-error-too-long = Thời gian bị chặn dài tối đa 366 ngày. Hãy nhập kỳ nghỉ dài hơn thành nhiều phần.
# $field is the field's name, $problem what is wrong with it
staff-block-error-in-field = { $field }: { $problem }

## Shell: menu, language and display preferences
# The disclosure that holds the sections on narrow screens.
menu = Danh mục
nav-appointments = Lịch hẹn
# The language chooser's label in the page's language ($here) with the English one ($english) beside it.
language-label-with-english = { $here } ({ $english })
display-legend = Hiển thị
display-text-size = Cỡ chữ
# $percent is a number such as 150
display-text-size-option = { $percent }%
display-high-contrast = Độ tương phản cao
display-submit = Áp dụng
