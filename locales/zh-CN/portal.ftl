# Wellspring Health — patient portal and provider management.
# Every user-visible string lives here; code holds message ids only.
# Keep ids identical in every locale: a test fails when one is missing or extra.

## Product

-brand = Wellspring Health
product-name = { -brand }
document-title = { $page } · { -brand }

## Page shell

skip-to-main = 跳到主要内容
nav-main-label = 主导航
nav-home = 首页
nav-accessibility = 无障碍
language-label = 语言
language-submit = 切换语言
# The language chooser's button: a short word, so the chooser fits on one line of a phone. Its
# accessible name is language-submit, which must contain this word.
language-submit-short = 切换
footer-label = 网站信息
footer-emergency = 如遇紧急情况，请拨打 911 或前往最近的急诊室。请勿通过本门户处理紧急问题。
footer-rights = { -brand } 患者门户

## Accounts: signing in and out

nav-sign-in = 登录
nav-account = 账户与安全
signed-in-as = 已以 { $name } 的身份登录
sign-out = 退出登录
sign-in-title = 登录
sign-in-intro = 请使用您门户账户的电子邮箱地址和密码登录。
email-label = 电子邮箱
password-label = 密码
sign-in-submit = 登录
error-summary-title = 存在问题

## Signing up with an invitation code

sign-in-new-here = 首次使用本门户？
sign-in-sign-up-link = 使用邀请码创建账户
sign-up-title = 创建您的账户
sign-up-intro = 您所在诊所的前台会为您提供邀请码。请输入邀请码和您的出生日期，然后设置您登录时使用的电子邮箱地址和密码。
invitation-code-label = 邀请码
invitation-code-hint = 由 12 个字母和数字组成，例如 ABCD-EFGH-JKMN。
date-of-birth-label = 出生日期
new-password-label = 设置密码
password-hint = 至少 12 个字符。由几个互不相关的词语组成的密码既安全又容易记住。
sign-up-submit = 创建账户

## Front desk: finding patients and inviting them

nav-patients = 患者
patients-title = 查找患者
patients-intro = 按姓氏和出生日期查找患者，以便为其提供邀请码。每次查找都会被记录，且患者本人可以看到。
family-name-label = 姓氏
patients-search = 查找患者
patients-results = 匹配的患者
patients-none = 没有与该姓氏和出生日期相符的患者。
patient-born = 出生日期：{ $date }
patient-has-account = 已有账户
invitation-create = 创建邀请码
# The button's accessible name: it must start with the visible text of invitation-create.
invitation-create-label = 创建邀请码（患者：{ $name }）
invitation-issued-title = { $name } 的邀请码
invitation-issued-expires = 此邀请码仅可使用一次，有效期至 { $date }。创建新的邀请码后，此邀请码即作废。

## Who viewed my record

nav-activity = 谁查看过我的病历
activity-title = 谁查看过我的病历
activity-intro = 每当您本人以外的人查看或更改您的病历时，都会在此列出，包括您所在诊所的工作人员，以及作为代理人协助您的任何人。
activity-none = 目前还没有其他人查看或更改过您的病历。
activity-list = 您的病历的查看和更改记录
activity-by = { $name }，{ $role }
activity-by-unknown = 未登录的人员
activity-refused = 此次尝试已被拒绝。
role-patient = 患者
role-provider = 医护人员
role-front_desk = 前台
role-credentialing_admin = 资质认证办公室
role-system_admin = 系统管理员
role-proxy = 代理人
action-view_patient_summary = 查阅了您的病历
action-issue_invitation = 为您创建了邀请码
action-sign_up = 创建了您的账户
action-appointment-book = 为您预约了就诊
action-appointment-reschedule = 更改了您的预约时间
action-appointment-cancel = 取消了您的预约
action-appointment-read = 查看了您的预约
action-appointment-arrive = 登记了您已到诊
action-appointment-no_show = 登记了您未到诊
action-schedule-read = 在诊所日程表上看到了您的预约
action-patient-book_for = 开始为您预约就诊
action-waitlist-join = 为您申请了更早的时间
action-waitlist-accept = 为您接受了更早的时间
action-waitlist-decline = 为您谢绝了更早的时间
action-view_audit_log = 在审计日志中搜索了您的病历
action-other = 使用了您的病历

## Audit log (administrators)

nav-audit = 审计日志
audit-title = 审计日志
audit-intro = 所有健康数据的读取和所有更改，按时间从新到旧排列。日期均为 UTC 时间。搜索日志的操作也会被记录。
audit-person-label = 人员（电子邮箱）
audit-patient-label = 患者编号
audit-action-label = 操作
audit-from-label = 开始日期
audit-until-label = 结束日期
audit-refusals-only = 仅显示被拒绝的访问
audit-search = 搜索
audit-results = 匹配的条目
audit-none = 没有匹配的条目。
audit-col-number = 序号
audit-col-when = 时间
audit-col-who = 人员
audit-col-action = 操作
audit-col-object = 对象
audit-col-patient = 患者
audit-col-outcome = 结果
audit-col-address = IP 地址
# $count is how many refusals of that kind by that person in that minute the row stands for
audit-refusals-count = 该分钟内被拒绝 { $count } 次
audit-action-appointment-book = 预约了就诊
audit-action-appointment-reschedule = 更改了预约时间
audit-action-appointment-cancel = 取消了预约
audit-action-appointment-read = 查看了预约
audit-action-appointment-arrive = 登记了患者已到诊
audit-action-appointment-no_show = 登记了患者未到诊
audit-action-schedule-read = 在诊所日程表上看到了预约
audit-action-schedule_block-add = 在排班表上添加了封锁时段
audit-action-schedule_block-lift = 解除了封锁时段
audit-action-patient-book_for = 开始为患者预约就诊
audit-action-waitlist-join = 申请了更早的时间
audit-action-waitlist-accept = 接受了更早的时间
audit-action-waitlist-decline = 谢绝了更早的时间
audit-action-view_patient_summary = 查找了患者
audit-action-issue_invitation = 为患者创建了邀请码
audit-action-sign_up = 创建了患者账户
audit-action-issue_staff_invitation = 为员工创建了邀请码
audit-action-staff_sign_up = 创建了员工账户
audit-action-sign_in = 登录了
audit-action-sign_in_password = 输入了正确的密码，尚待输入验证码
audit-action-sign_in_second_factor = 输入了登录验证码
audit-action-sign_in_lock = 尝试次数过多，登录已暂停
audit-action-sign_out = 退出了登录
audit-action-end_session = 退出了自己的一个登录会话
audit-action-end_other_sessions = 在其他所有设备上退出了登录
audit-action-set_preferred_locale = 更改了语言
audit-action-change_password = 更改了密码
audit-action-change_email = 更改了电子邮箱地址
audit-action-email_change_requested = 申请更改电子邮箱地址
audit-action-email_change_cancelled = 取消了电子邮箱地址的更改
audit-action-password_reset_requested = 申请了密码重置链接
audit-action-password_reset = 通过链接重置了密码
audit-action-two_factor_begin = 开始设置两步验证
audit-action-two_factor_confirm = 输入了开启两步验证的验证码
audit-action-two_factor_on = 开启了两步验证
audit-action-two_factor_off = 关闭了两步验证
audit-action-recovery_codes_new = 生成了新的恢复码
audit-action-location_create = 添加了地点
audit-action-location_update = 更改了地点信息
audit-action-location_deactivate = 停用了地点
audit-action-location_reactivate = 重新启用了地点
audit-action-provider_create = 添加了医护人员
audit-action-provider_update = 更改了医护人员信息
audit-action-provider_deactivate = 停用了医护人员
audit-action-provider_reactivate = 重新启用了医护人员
audit-action-credential_add = 添加了资质
audit-action-credential_edit = 更正了正在核实的资质
audit-action-credential_pending = 重新开放了资质以便续期
audit-action-credential_verified = 核实了资质
audit-action-credential_expired = 将资质标记为已过期
audit-action-credential_revoked = 吊销了资质
audit-action-view_audit_log = 搜索了审计日志
audit-action-staff_location_assign = 将一名前台员工分配到某个地点
audit-action-staff_location_remove = 将一名前台员工从某个地点移除

## Idle sign-out warning

idle-title = 您还在吗？
idle-body = { $minutes ->
   *[other] 为保护您的账户安全，除非您选择保持登录，否则系统将在 { $minutes } 分钟后自动将您退出登录。
}
idle-stay = 保持登录

## Account security

security-title = 登录与安全
password-heading = 更改密码
current-password-label = 当前密码
password-change-submit = 更改密码
password-changed = 您的密码已更改，您已在其他所有设备上退出登录。
sessions-heading = 您在哪些地方登录
sessions-intro = 如果您看到不认识的设备，请让该设备退出登录。
sessions-caption = 您的登录会话
sessions-device = 设备
sessions-network = 网络
sessions-started = 登录时间
sessions-last-active = 最近活动时间
sessions-actions = 操作
# $browser and $system are product names such as Chrome and Android.
session-device = { $system } 上的 { $browser }
session-device-unknown = 未知设备
network-this-computer = 本机（门户自身的服务器）
network-local = 本地网络，例如诊所或家庭的网络（{ $address }）
network-internet = 互联网（{ $address }）
network-unknown = 未知网络
session-this-device = 此设备
session-end = 退出登录
# The button's accessible name: it must start with the visible text of session-end.
session-end-label = 退出登录（设备：{ $device }）
sessions-end-others = 在其他所有设备上退出登录
sessions-ended = { $count ->
   *[other] 您已在其他 { $count } 个会话中退出登录。
}
session-ended = 该会话已退出登录。
email-heading = 电子邮箱地址
email-current = 您当前用于登录的电子邮箱：
email-new-label = 新的电子邮箱地址
email-change-submit = 更改电子邮箱地址
email-changed = 您的电子邮箱地址已更改。今后请使用新地址登录。
email-change-sent = 我们已向新地址发送链接。您打开链接后，地址才会更改；在此之前，请继续使用当前地址登录。
# $address is the new address with most of it hidden, e.g. n…@example.org
email-pending = 正在等待 { $address } 确认。请在 24 小时内打开我们发送到该地址的链接。
email-cancel-submit = 取消更改
email-change-cancelled = 电子邮箱地址的更改已取消，其链接已失效。
confirm-email-title = 确认您的新电子邮箱地址
confirm-email-intro = 点击按钮后，您今后将使用此地址登录。在此之前，我们继续使用您当前的地址。
confirm-email-submit = 确认新地址
email-change-confirm-subject = 请确认您的新电子邮箱地址
# $name is the account holder's name; $link opens the confirmation page; $hours is how long it works.
email-change-confirm-body = { $name }，您好：

    您申请使用此电子邮箱地址登录患者门户。如需确认，请在 { $hours } 小时内打开以下链接，并点击页面上的按钮：

    { $link }

    如果这不是您本人操作，请忽略此邮件：不会有任何更改。
email-change-taken-subject = 有人试图使用您的电子邮箱地址
# $link is the portal's address.
email-change-taken-body = 您好：

    有人申请将此电子邮箱地址用于患者门户账户，但已有账户在使用该地址，因此没有任何更改。

    如需登录，请访问 { $link }。如果忘记了密码，请在登录页面使用“忘记密码？”。如果这不是您本人操作，可以忽略此邮件。
email-change-requested-subject = 有人申请更改您的电子邮箱地址
# $address is the new address with most of it hidden; $link opens the account's security page.
email-change-requested-body = { $name }，您好：

    有人申请将您患者门户账户的电子邮箱地址更改为 { $address }。只有打开我们发送到该地址的链接后才会更改；在此之前，我们继续使用本地址。

    如果这不是您本人操作，请打开 { $link }，取消更改并修改密码。
email-change-done-subject = 您的电子邮箱地址已更改
email-change-done-body = { $name }，您好：

    您患者门户账户的电子邮箱地址现在是 { $address }。我们今后不再向本地址发送消息。

    如果这不是您本人操作，请立即致电诊所。
forgot-link = 忘记密码？
forgot-title = 重置密码
forgot-intro = 请输入您登录时使用的电子邮箱地址。我们会向您发送一个链接，供您设置新密码。
forgot-submit = 发送重置链接
forgot-sent = 如果有账户使用此电子邮箱地址，我们已向该地址发送了一个链接。链接在 30 分钟内有效。如果没有收到，请检查您的垃圾邮件文件夹。
reset-title = 设置新密码
reset-intro = 请为您的账户设置新密码。设置后，您将在所有设备上退出登录，然后即可使用新密码登录。
reset-submit = 保存新密码
reset-done = 您的密码已更改。请使用新密码登录。
error-reset-link = 此链接已过期或已被使用。请重新申请一个链接。
email-reset-subject = 重置您的密码
# $name is the account holder's name; $link is the address to open; $minutes is how long it works.
email-reset-body = { $name }，您好：

    有人申请重置您的患者门户账户密码。如需设置新密码，请在 { $minutes } 分钟内打开以下链接：

    { $link }

    如果这不是您本人的操作，您可以忽略此邮件：您的密码没有更改。

## Two-step verification

two-factor-heading = 两步验证
two-factor-intro = 输入密码后，还需输入手机上身份验证器应用显示的验证码。这样，即使别人知道了您的密码，也无法登录。
two-factor-needed = 您的员工角色要求开启两步验证。请先在此处完成设置，然后才能使用员工页面。
two-factor-start = 设置两步验证
two-factor-scan = 请用您的身份验证器应用扫描此二维码，或在应用中手动输入密钥。
two-factor-qr-alt = 用于身份验证器应用的二维码。下方以文字形式列出了相同的密钥。
two-factor-key = 密钥：
two-factor-code-label = 应用中显示的 6 位验证码
two-factor-confirm = 开启两步验证
two-factor-on = 两步验证已开启。
two-factor-turn-off = 关闭两步验证
two-factor-turned-off = 两步验证已关闭。
recovery-codes-left = { $count ->
   *[other] 您还有 { $count } 个未使用的恢复码。
}
recovery-codes-new = 生成新的恢复码
recovery-codes-heading = 您的恢复码
recovery-codes-intro = 如果您的手机丢失，可以改用其中一个恢复码登录。每个恢复码只能使用一次。请将它们打印或抄写下来，并妥善保管：这些恢复码不会再次显示。
sign-in-code-title = 输入验证码
sign-in-code-intro = 请打开您的身份验证器应用，输入其中为本门户显示的验证码。如果手机不在身边，请输入您的任意一个恢复码。
sign-in-code-label = 验证码
sign-in-code-submit = 继续
sign-in-code-start-over = 重新开始登录
staff-title = 员工账户
staff-intro = 为新员工创建邀请码。请当面交给对方；对方将自行设置电子邮箱地址和密码，然后设置两步验证。
staff-name-label = 姓名
staff-roles-legend = 角色
staff-invitation-create = 创建邀请码
# $name is the new staff member's name.
staff-invitation-issued-title = { $name } 的邀请码
staff-invitation-issued-how = 对方可凭此邀请码在本门户的“员工注册”页面注册。此邀请码仅可使用一次。
staff-locations-link = 前台员工的工作地点
staff-locations-title = 前台员工的工作地点
staff-locations-intro = 前台员工只能在此处分配给他们的地点查看和更改预约、排班和锁定时间。
staff-locations-none = 目前还没有前台账户。
staff-locations-nowhere = 尚未分配任何地点：无法查看任何预约。
staff-locations-everywhere = 已分配到所有启用的地点。
staff-locations-remove = 移除
staff-locations-remove-label = 移除 { $name } 的 { $location }
staff-locations-location-label = 要添加的地点
staff-locations-assign = 分配
staff-locations-assign-label = 分配给 { $name }
staff-locations-done-assigned = 已分配该地点。
staff-locations-done-removed = 已移除该地点。
staff-sign-up-title = 员工注册
staff-sign-up-intro = 请输入管理员提供给您的邀请码，并设置您登录时使用的电子邮箱地址和密码。接下来，您将设置两步验证。
nav-staff = 员工账户
error-name-required = 请输入 1 到 200 个字符的姓名。
error-role-required = 请至少选择一个角色。
error-code = 该验证码不正确或已被使用。请输入应用当前显示的验证码。
error-stale-form = 此页面内容已过期，现已更新。请重试。

## Find a doctor

nav-find = 查找医生
find-title = 查找医生
find-intro = 您可以按姓名、专科、地点、语言和医疗保险搜索我们的医护人员。每次搜索都有自己的网址，方便您收藏或分享。
find-filters = 搜索筛选条件
find-name-label = 姓名
find-specialty-label = 专科
find-location-label = 地点
find-postcode-label = 在此邮政编码附近
find-within-label = 距离
# $miles is a number of miles.
find-within-option = { $miles } 英里以内
find-language-label = 会讲的语言
find-plan-label = 医疗保险计划
find-visit-label = 就诊方式
find-visit-in-person = 当面就诊
find-visit-telehealth = 视频就诊
find-any = 不限
find-new-patients-label = 接收新患者
find-submit = 搜索
# $count is the number of clinicians found.
find-count = { $count ->
    [0] 未找到医护人员。
   *[other] 找到 { $count } 位医护人员。
}
find-none = 没有同时符合所有这些筛选条件的医护人员。请尝试删除一个筛选条件、选择更大的距离，或按专科而不是按姓名搜索。
find-unknown-postcode = 我们无法识别您输入的邮政编码，因此未按距离搜索。请检查邮政编码，或改为选择地点。
find-results = 搜索结果
find-speaks = 会讲的语言
find-accepting = 接收新患者
find-not-accepting = 不接收新患者
find-visit-modes = 就诊方式
# $miles is a distance, already rounded.
find-distance = 距离 { $miles } 英里
find-pages = 分页
find-previous = 上一页
find-next = 下一页
# $page and $pages are numbers.
find-page-of = 第 { $page } 页，共 { $pages } 页

provider-role-physician = 医师
provider-role-nurse_practitioner = 执业护士
provider-role-physician_assistant = 医师助理
provider-role-therapist = 治疗师
provider-role-nurse = 护士
provider-role-midwife = 助产士

specialty-family_medicine = 家庭医学
specialty-internal_medicine = 内科
specialty-pediatrics = 儿科
specialty-cardiology = 心脏病学
specialty-interventional_cardiology = 介入心脏病学
specialty-pediatric_cardiology = 儿童心脏病学
specialty-dermatology = 皮肤科
specialty-obstetrics_gynecology = 妇产科
specialty-psychiatry = 精神科
specialty-child_psychiatry = 儿童和青少年精神科
specialty-mental_health_therapy = 心理咨询与治疗
specialty-orthopedics = 骨科
specialty-sports_medicine = 运动医学
specialty-neurology = 神经内科
specialty-endocrinology = 内分泌科
specialty-diabetes_care = 糖尿病护理
specialty-gastroenterology = 消化内科
specialty-ophthalmology = 眼科
specialty-physical_therapy = 物理治疗
specialty-geriatrics = 老年医学
specialty-nursing = 护理服务

language-en = 英语
language-es = 西班牙语
language-ar = 阿拉伯语
language-zh = 中文（普通话）
language-yue = 中文（粤语）
language-vi = 越南语
language-fr = 法语
language-ht = 海地克里奥尔语
language-pt = 葡萄牙语
language-ru = 俄语
language-ko = 韩语
language-tl = 他加禄语
language-hi = 印地语
language-pl = 波兰语
language-it = 意大利语
language-de = 德语
language-ja = 日语
language-fa = 波斯语
language-so = 索马里语
language-ur = 乌尔都语
language-bn = 孟加拉语
language-asl = 美国手语

credential-kind-licence = 执业执照
credential-kind-board_certification = 专科资格认证
credential-kind-registration = 管制药品处方注册（DEA）
credential-kind-malpractice = 医疗事故责任保险
credential-status-pending = 正在核实
credential-status-verified = 已核实
credential-status-expired = 已过期
credential-status-revoked = 已吊销

profile-new-patients = 新患者
profile-plans = 接受的医疗保险
profile-locations = 就诊地点
profile-credentials = 资质
profile-credentials-intro = 我们会向颁发机构逐一核实每份执照和认证。医护人员只有持有某州经过核实且仍然有效的执照，才能在该州的地点接受预约。
profile-credential-kind = 资质类型
profile-credential-issuer = 颁发机构
profile-credential-jurisdiction = 适用地区
profile-credential-valid-to = 有效期至
profile-credential-status = 状态
# $zone is the time zone's name in words, e.g. Central Time.
profile-hours-caption = 营业时间（{ $zone }）
# $opens and $closes are times of day.
profile-hours-range = { $opens } 至 { $closes }
profile-closed = 休息
profile-not-bookable-inactive = 这位医护人员目前不接诊。
profile-not-bookable-new-patients = 这位医护人员目前不接收新患者。
# $jurisdiction is a state's name.
profile-not-bookable-licence-pending = 暂时无法在此预约：{ $jurisdiction }的执照正在核实中。
# $jurisdiction is a state's name.
profile-not-bookable-no-licence = 无法在此预约：我们没有这位医护人员在{ $jurisdiction }经过核实且仍然有效的执照。
jurisdiction-us-ny = 纽约州
jurisdiction-us-il = 伊利诺伊州
# A time zone by the name people use, whatever the location's IANA zone id is.
zone-eastern = 美国东部时间
zone-central = 美国中部时间
zone-mountain = 美国山地时间
# The Mountain zone where clocks do not change in summer (America/Phoenix).
zone-arizona = 美国山地时间（亚利桑那州）
zone-pacific = 美国太平洋时间
zone-alaska = 阿拉斯加时间
zone-hawaii-aleutian = 夏威夷-阿留申时间
# Puerto Rico and the US Virgin Islands.
zone-atlantic = 大西洋时间
zone-utc = 协调世界时（UTC）
# A zone without a name of its own: $city is the city it is named after, e.g. Berlin.
zone-city = { $city }时间

## Credentialing

nav-credentials = 资质
credentials-title = 需要核查的资质
credentials-intro = 已过期、将在 90 天内到期或正在等待核实的执照、专科资格认证、注册和医疗事故责任保险。医护人员只有持有某州经过核实且仍然有效的执照，才能在该州的地点接受预约。
credentials-summary = 汇总
credentials-band-expired = 已过期
credentials-band-30 = 30 天内到期
credentials-band-60 = 31 至 60 天后到期
credentials-band-90 = 61 至 90 天后到期
credentials-band-pending = 等待核实
credentials-none = 此处暂无内容。
credentials-col-provider = 医护人员
credentials-col-actions = 操作
credentials-evidence-label = 证明材料
credentials-verify = 核实
credentials-revoke = 吊销
credentials-reopen = 重新开放以便续期
# $what names the clinician and the credential, e.g. "Ana Ruiz, Licence to practise".
credentials-verify-label = 核实: { $what }
# $what names the clinician and the credential.
credentials-revoke-label = 吊销: { $what }
# $what names the clinician and the credential.
credentials-reopen-label = 重新开放以便续期: { $what }
error-transition = 目前不允许对此资质进行该更改（例如，已过期的资质无法核实）。列表已更新。

## Directory administration: locations, providers and their credentials

nav-providers = 医护人员
nav-locations = 地点
directory-admin-active = 启用中
directory-admin-inactive = 已停用
directory-admin-col-status = 状态
directory-admin-status-heading = 状态
directory-admin-save = 保存更改
directory-admin-saved = 更改已保存。
# $name is the name of what was just added.
directory-admin-added = 已添加 { $name }。
# $name is the name of what was just added.
directory-admin-open = 打开 { $name }
error-fields = 有些字段需要更正。每个问题都列在下方，并显示在相应字段旁边。
error-jurisdiction = 请按“国家代码-州代码”的格式填写管辖地区，例如 US-NY。

locations-title = 地点
locations-intro = 诊所的所有地点，包括已停用的地点。已停用的地点不会出现在“查找医生”中，其历史记录会保留。任何内容都不会被删除。
locations-list-heading = 所有地点
locations-none = 还没有地点。
locations-col-providers = 医护人员
locations-back = 返回所有地点
location-add-heading = 添加地点
location-add-submit = 添加地点
location-edit-heading = 详细信息和营业时间
# $status is Active or Inactive.
location-page-lead = 地点 · { $status }
location-name-label = 名称
location-street-label = 街道地址
location-city-label = 城市
location-postcode-label = 邮政编码
location-jurisdiction-label = 执照管辖地区
location-jurisdiction-hint = 国家代码和州代码，例如 US-NY。医护人员须持有该地区的执照才能在此接受预约。
location-phone-label = 电话号码
location-time-zone-label = 时区
location-time-zone-hint = IANA 时区名称，例如 America/New_York 或 America/Chicago。营业时间和预约均按此时区显示。
# A location's time zone in the list of locations: $name is its name in words (Eastern Time), $zone its IANA id (America/New_York).
location-time-zone-named = { $name }（{ $zone }）
location-position-legend = 地图位置
location-position-hint = 以十进制度数表示，例如 40.7128 和 -74.0060。用于计算与邮政编码之间的距离。
location-latitude-label = 纬度
location-longitude-label = 经度
location-hours-legend = 营业时间（当地时间）
location-hours-hint = 该地点不营业的日子，请将两个时间都留空。
location-opens-label = 开门时间
location-closes-label = 关门时间
location-active-explanation = 此地点已启用：会显示在“查找医生”中。
location-inactive-explanation = 此地点已停用：不会显示在“查找医生”中。其营业时间、医护人员和历史记录均会保留。
location-deactivate = 停用此地点
location-reactivate = 重新启用此地点
error-location-name-missing = 请填写地点名称。
error-location-name-too-long = 名称最多 200 个字符。
error-location-street-missing = 请填写街道地址。
error-location-street-too-long = 街道地址最多 200 个字符。
error-location-city-missing = 请填写城市。
error-location-city-too-long = 城市名称最多 100 个字符。
error-location-postcode = 请填写由 3 到 10 个字母、数字、空格或连字符组成的邮政编码。
error-location-latitude = 请填写 -90 到 90 之间的纬度数值，例如 40.7128。
error-location-longitude = 请填写 -180 到 180 之间的经度数值，例如 -74.0060。
error-location-phone = 请填写至少包含 3 位数字的电话号码，只能使用数字、空格和 + ( ) - .
error-location-time-zone-missing = 请填写该地点的时区，例如 America/New_York。
error-location-time-zone-unknown = 我们无法识别此时区。请填写 IANA 时区名称，例如 America/New_York 或 America/Chicago。
# $weekday is a day's name.
error-hours-incomplete = { $weekday }：请同时填写开门和关门时间；如果不营业，请将两者都留空。
# $weekday is a day's name.
error-hours-opens = { $weekday }：请按小时和分钟填写开门时间，例如 08:30。
# $weekday is a day's name.
error-hours-closes = { $weekday }：请按小时和分钟填写关门时间，例如 17:00。
# $weekday is a day's name.
error-hours-order = { $weekday }：关门时间必须晚于开门时间。

providers-title = 医护人员
providers-intro = 目录中的所有医护人员，包括已停用的人员。已停用的医护人员不会出现在“查找医生”中，其资质和历史记录会保留。任何内容都不会被删除。
providers-list-heading = 所有医护人员
providers-search-label = 搜索医护人员
providers-count = { $count ->
   *[other] 共 { $count } 位医护人员。
}
providers-count-found = { $count ->
    [0] 没有叫这个名字的医护人员。
   *[other] 找到 { $count } 位医护人员。
}
# $limit is a number.
providers-more = 仅列出前 { $limit } 位。请按姓名搜索以查找其他人员。
providers-col-pending = 待核实的资质
providers-back = 返回所有医护人员
provider-add-heading = 添加医护人员
provider-add-submit = 添加医护人员
provider-edit-heading = 详细信息
# $role is the clinician's role, $status is Active or Inactive.
provider-page-lead = { $role } · { $status }
provider-public-profile = 公开资料
provider-given-name-label = 名
provider-family-name-label = 姓
provider-suffix-label = 学位和资格（选填）
provider-suffix-hint = 显示在姓名后面，例如 MD、DO、NP 或 LCSW。
provider-role-label = 职位
provider-role-choose = 请选择职位
provider-gender-label = 性别（选填）
provider-gender-not-stated = 未说明
provider-gender-female = 女
provider-gender-male = 男
provider-gender-nonbinary = 非二元性别
provider-visit-modes-legend = 患者可以如何就诊
provider-specialties-legend = 专科
provider-languages-legend = 会讲的语言
provider-plans-legend = 接受的保险计划
provider-locations-legend = 地点
provider-locations-hint = 只能添加已启用的地点。医护人员已有的已停用地点会保留，直到您取消勾选。
# $name is a location's name and city.
provider-location-inactive = { $name }（已停用）
provider-bios-legend = 个人简介（选填）
provider-bios-hint = 面向患者的简短介绍，可用您掌握的每种语言填写。患者会看到其所用语言的简介，如无则显示英文简介。
# $language is a language's name.
provider-bio-label = { $language }简介
provider-active-explanation = 此医护人员已启用：会显示在“查找医生”中。
provider-inactive-explanation = 此医护人员已停用：不会显示在“查找医生”中。其资质和历史记录均会保留。
provider-deactivate = 停用此医护人员
provider-reactivate = 重新启用此医护人员
provider-credentials-none = 尚未记录任何资质。
provider-credentials-dashboard-link = 需要核查的资质
provider-credential-add-heading = 添加资质
provider-credential-add-intro = 新资质须先在资质页面上通过核实才会生效。
provider-credential-add = 添加资质
provider-credential-correct-heading = 更正正在核实的资质
provider-credential-correct = 更正
# $what names the credential, e.g. "Licence to practise 312456".
provider-credential-correct-label = 更正：{ $what }
provider-credential-save = 保存资质
provider-credential-cancel = 取消
provider-credential-saved = 资质已保存，正在等待核实。
credential-kind-choose = 请选择类型
credential-number-label = 编号
credential-issuer-hint = 颁发该资质的委员会或机构，例如 NYSED 或美国缉毒局（DEA）。
credential-jurisdiction-hint = 执照和注册必须填写：国家代码和州代码，例如 US-NY。
credential-valid-from-label = 生效日期
error-provider-given-name-missing = 请填写名。
error-provider-given-name-too-long = 名最多 100 个字符。
error-provider-family-name-missing = 请填写姓。
error-provider-family-name-too-long = 姓最多 100 个字符。
error-provider-suffix-too-long = 学位和资格最多 40 个字符。
error-provider-role = 请选择职位。
error-provider-gender = 请从列表中选择性别，或选择“未说明”。
error-provider-visit-mode = 请选择当面就诊、视频就诊或两者都选。
error-provider-specialty = 只能选择列表中的专科。
error-provider-language = 只能选择列表中的语言。
error-provider-plan = 只能选择列表中的保险计划。
error-provider-location = 只能选择已启用的地点：无法添加已停用的地点。
# $language is a language's name.
error-provider-bio-too-long = { $language }简介最多 2000 个字符。
error-provider-bio-locale = 简介只能使用本门户支持的语言填写。
error-credential-kind = 请选择资质类型。
error-credential-issuer-missing = 请填写资质的颁发机构。
error-credential-issuer-too-long = 颁发机构最多 200 个字符。
error-credential-number-missing = 请填写资质编号。
error-credential-number-too-long = 编号最多 100 个字符。
error-credential-jurisdiction-missing = 执照和注册必须填写管辖地区，例如 US-NY。
error-credential-valid-from = 请填写生效日期。
error-credential-valid-to = 请填写有效期截止日期。
error-credential-order = 截止日期不能早于生效日期。

## Home page

home-title = 欢迎使用 { -brand }
home-intro = 用您的语言，在任何设备上在线管理您的医疗服务。
home-features-heading = 通过您的门户，您可以
home-feature-find = 查找讲您的语言并接受您的医疗保险的医生；
home-feature-book = 预约、更改或取消就诊；
home-feature-message = 向您的医护团队发送非紧急消息；
home-feature-records = 查看您的就诊摘要和检查结果。
home-help-heading = 需要帮助？
home-help-body = 我们的前台工作人员可以帮助您开始使用。请阅读我们的无障碍声明，了解我们如何让每个人都能顺利使用本门户。
home-help-link = 阅读无障碍声明

## Accessibility statement

accessibility-title = 无障碍声明
accessibility-intro = 我们希望每个人都能使用本门户，包括使用屏幕阅读器、键盘、语音控制或屏幕放大功能的用户，以及使用英语以外语言阅读的用户。
accessibility-standard-heading = 我们遵循的标准
accessibility-standard-body = 本门户力求符合《Web 内容无障碍指南》（WCAG）2.2 的 AA 级标准。每次发布前，所有页面的每种语言版本都会经过自动检查。
accessibility-features-heading = 我们为您提供
accessibility-feature-keyboard = 所有操作都可以仅用键盘完成。
accessibility-feature-languages = 所有页面均提供英语、西班牙语、阿拉伯语、简体中文和越南语版本。
accessibility-feature-zoom = 文字可放大至 400%，且不会丢失任何内容。
accessibility-feature-no-script = 即使 JavaScript 已关闭或加载缓慢，主要功能仍可正常使用。
accessibility-help-heading = 如果您在使用中遇到困难
accessibility-help-body = 请告知您所在诊所的前台工作人员，或请他们以其他格式向您提供这些信息。我们会在五个工作日内回复。

## Not found

not-found-title = 找不到页面
not-found-body = 我们找不到您要访问的页面。该页面可能已被移动，或者网址中可能有输入错误。
not-found-home = 返回首页

## Errors

error-title = 出现问题
error-body = 我们无法完成您的请求。您输入的内容均未丢失。请稍后重试。
error-reference = 参考代码：{ $code }
error-reference-help = 如果您就此问题联系我们，请告诉我们此代码，以便我们查明原因。
error-forbidden-origin = 此请求来自其他网站，为保护您的账户安全，我们已拒绝该请求。
continue-title = 要继续打开此页面吗？
continue-body = 您通过其他网站的链接来到一个会记录查看者的页面。为保护您的记录，患者门户只通过它自己的链接打开该页面。
# $page is the address of the page on this site, without anything after a question mark
continue-link = 继续前往 { $page }
error-sign-in-invalid = 电子邮箱或密码不正确。请检查后重试。
error-too-many-attempts = { $minutes ->
   *[other] 尝试次数过多。请在 { $minutes } 分钟后重试。
}
error-sign-in-required = 请登录后查看此页面。
error-not-found = 我们找不到该内容。它可能已被删除。
error-request = 无法发送您的请求。请检查网络连接后重试。
error-invitation-invalid = 邀请码或出生日期不正确。请检查后重试，或向前台索取新的邀请码。
error-already-has-account = 该患者已有账户。
error-password-too-short = 请设置至少 12 个字符的密码。
error-password-too-long = 请设置不超过 256 个字符的密码。
error-password-guessable = 此密码太容易被猜到。请避免使用常见词语、您的姓名和您的电子邮箱地址。
error-email-invalid = 请输入有效的电子邮箱地址，例如 name@example.com。
error-email-taken = 此电子邮箱地址已用于其他账户。请直接登录，或使用其他电子邮箱地址。
error-email-change-link = 此链接已过期、已被替换或取消，或已被使用。请在账户安全页面重新申请。
error-email-taken-meanwhile = 在您确认之前，另一个账户已开始使用此地址，因此您的电子邮箱地址没有更改。请选择其他地址。
error-current-password = 您当前的密码不正确。

## Formatting of dates, times and money

# $weekday is one of: mon tue wed thu fri sat sun
weekday-name = { $weekday ->
    [mon] 星期一
    [tue] 星期二
    [wed] 星期三
    [thu] 星期四
    [fri] 星期五
    [sat] 星期六
   *[sun] 星期日
}
# $month is 1 to 12
month-name = { $month ->
    [1] 1月
    [2] 2月
    [3] 3月
    [4] 4月
    [5] 5月
    [6] 6月
    [7] 7月
    [8] 8月
    [9] 9月
    [10] 10月
    [11] 11月
   *[12] 12月
}
# $weekday and $month are already names; $day and $year are numbers.
date-long = { $year }年{ $month }{ $day }日{ $weekday }
# $hour12 is 1 to 12, $hour24 is 00 to 23, $minute is 00 to 59, $period is am or pm.
time-short = { $hour24 }:{ $minute }
# $zone is the time zone's name in words, e.g. Eastern Time.
date-time-in-zone = { $date } { $time } { $zone }
# $amount is already written with this language's digit grouping and decimal mark.
money-usd = US${ $amount }

## Booking and appointments
error-slot-taken = 该时间刚刚已被预约。请从下方选择一个最近的空闲时间，或选择其他时间。
error-patient-busy = 您在该时间已有预约。请选择其他时间。
error-visit-not-offered = 该时间不提供此类就诊。请选择其他就诊类型或其他时间。
error-reason-required = 请简要说明就诊原因。
error-reason-too-long = 就诊原因最多 500 个字符。
# $hours is the location's cut-off in hours
error-change-too-late = 距离此预约开始已不足 { $hours } 小时，因此无法再在线更改。请致电诊所。
# $hours is the location's cut-off in hours
error-offer-replaces-too-late = 您当前的预约将在 { $hours } 小时内开始，因此无法再在线换成这个时间。请致电诊所。
error-not-changeable = 此预约已无法更改。
# $name is the clinician's name
book-title = 预约 { $name } 就诊
book-choose-time = 选择时间
# $zone is the time zone's name in words, e.g. Eastern Time.
book-times-local = 时间均为诊所当地时间（{ $zone }）。
book-no-times = 本周没有空闲时间。请尝试之后的一周。
book-weeks = 周次
book-earlier = 更早的时间
book-later = 更晚的时间
book-confirm-title = 确认您的预约
# $when is the date and time with its zone; $place is the clinic
book-chosen = { $when }，地点：{ $place }
book-nearest = 最近的空闲时间
book-visit-type = 就诊类型
book-new-patient = 首次找这位医护人员就诊
book-follow-up = 复诊
book-visit-mode = 就诊方式
book-reason = 就诊原因
book-reason-hint = 简单写几个字即可，例如“膝盖疼痛”或“续开处方”。最多 500 个字符。
book-instructions-title = 就诊前须知
book-instructions-in-person = 请提前 15 分钟到达。请携带带照片的身份证件、医疗保险卡，以及您正在服用的药物清单。
book-instructions-telehealth = 进行视频就诊时，请在安静、私密的地方使用带摄像头的手机或电脑。我们会在就诊开始前 15 分钟通过电子邮件发送链接。
book-confirm = 确认预约
book-other-time = 选择其他时间
book-next-available = 最近可预约时间
book-see-all-times = 查看所有时间
appointments-title = 预约
appointments-book-new = 新建预约
appointments-upcoming = 即将到来的预约
appointments-past = 过去的和已取消的预约
appointments-none-upcoming = 您没有即将到来的预约。
appointments-none-past = 没有过去的预约。
# $provider is the clinician's name, $place the clinic
appointments-with = 医护人员：{ $provider }，地点：{ $place }
appointment-title = 预约详情
appointment-when = 时间
# $start is the date and start time with the zone, $end the end time
appointment-when-range = { $start } 至 { $end }
appointment-with = 医护人员
appointment-where = 地点
appointment-patient = 患者
appointment-status = 状态
appointment-add-to-calendar = 添加到日历 (.ics)
appointment-add-to-calendar-with-reason = 添加到日历并包含就诊原因 (.ics)
appointment-calendar-reason-note = 第一个文件不包含就诊原因，这样共享或同步的日历不会显示它。
appointment-reschedule = 改到其他时间
appointment-new-time = 新时间
appointment-reschedule-submit = 更改预约时间
appointment-cancel = 取消此预约
appointment-cancel-submit = 取消预约
appointment-all = 所有预约
appointment-booked-notice = 您已成功预约。我们已通过电子邮件向您发送确认信息。
appointment-rescheduled-notice = 您的预约时间已更改。我们已通过电子邮件向您发送新的时间。
appointment-cancelled-notice = 您的预约已取消。
appointment-status-held = 已为您预留
appointment-status-booked = 已预约
appointment-status-arrived = 已到诊
appointment-status-completed = 已完成
appointment-status-no_show = 未到诊
appointment-status-cancelled = 已取消
appointment-status-lapsed = 预留已过期
# $provider is the clinician's name
calendar-summary = 与 { $provider } 的就诊预约
# $reason is what the patient wrote; $phone the clinic's number
calendar-description = 就诊原因：{ $reason }。如需更改或取消，请使用患者门户或致电 { $phone }。
# $phone is the clinic's number
calendar-description-no-reason = 如需更改或取消，请使用患者门户或致电 { $phone }。
email-appointment-booked-subject = 您的预约已确认
email-appointment-rescheduled-subject = 您的预约时间已更改
email-appointment-cancelled-subject = 您的预约已取消
# $when is the date and time with the zone
email-appointment-reminder-subject = 提醒：您在 { $when } 有预约
email-appointment-booked = 您的预约已确认。
# $previous is the old date and time with the zone
email-appointment-rescheduled = 您的预约时间已更改。原定时间为 { $previous }。
email-appointment-cancelled = 您的预约已取消。如果这不是您本人的要求，请致电诊所。
email-appointment-reminder = 特此提醒您即将到来的预约。
email-appointment-in-person = 当面就诊
email-appointment-telehealth = 视频就诊
# $when, $provider, $place and $mode are already written out
email-appointment-details =
    时间：{ $when }
    医护人员：{ $provider }
    地点：{ $place }
    方式：{ $mode }
# $name is the patient's name; $opening, $details and $link are already written out
email-appointment-body = { $name }，您好：

    { $opening }

    { $details }

    如需查看、更改或取消此预约，或将其添加到日历，请打开以下链接：
    { $link }
profile-no-times = 未来两周内没有空闲时间。请查看所有时间，了解之后几周的安排。
find-sort-label = 排序方式
find-sort-relevance = 最佳匹配
find-sort-soonest = 最早可预约
# $count is how many of the best matches were sorted (a formatted number)
find-soonest-among = 已在最匹配的 { $count } 个结果中按最早可约时间排序。缩小搜索范围或登录后可对全部结果排序。
# $when is the date and time with its zone; $place is the clinic
find-next-available-at = 最早可预约：{ $when }，地点：{ $place }
find-no-times = 未来 60 天内没有空闲时间。
appointment-phone = 诊所电话
waitlist-title = 想要更早的时间吗？
waitlist-intro = 这位医护人员有更早的时间空出来时，我们可以通知您。我们会为您保留该时间最多两小时；如果您预约了该时间，此预约将被取消。
waitlist-join = 有更早的时间时通知我
waitlist-joined-notice = 您已加入候补名单。有更早的时间空出来时，我们会通过电子邮件通知您。
offer-title = 有更早的时间可供您预约
# $when is the date and time with its zone; $provider the clinician; $place the clinic; $until the time the hold ends
offer-text = { $when }，医护人员：{ $provider }，地点：{ $place }。我们会为您保留至 { $until }。
offer-accept = 预约此时间
offer-decline = 不用了，谢谢
email-offer-subject = 有更早的预约时间可供选择
# $name, $when, $provider, $place, $until and $link are already written out
email-offer-body = { $name }，您好：

    有一个更早的时间空出来了：{ $when }，医护人员：{ $provider }，地点：{ $place }。

    我们会为您保留至 { $until }。如需预约此时间（您原来较晚的预约将随之取消），或放弃此时间，请打开以下链接：
    { $link }
# $name is the patient's name
book-for-patient = 正在为 { $name } 预约
book-for-patient-start = 预约就诊
# $name is the patient's name
book-for-patient-start-label = 为 { $name } 预约就诊
book-for-patient-stop = 停止为此患者预约
## Staff schedule (/staff/schedule)
nav-schedule = 排班表
staff-schedule-title = 排班表
staff-schedule-intro-desk = 按天或按周查看某个地点的医护人员：工作时间、预约和到诊、封锁时段以及值班人员。
staff-schedule-intro-provider = 您的预约、工作时间、封锁时段和值班安排。
staff-schedule-location = 地点
staff-schedule-provider = 医护人员
staff-schedule-all-providers = 所有医护人员
staff-schedule-all-locations = 我的所有地点
staff-schedule-day = 日期
staff-schedule-span = 显示范围
staff-schedule-span-day = 一天
staff-schedule-span-week = 整周
staff-schedule-show = 显示排班表
staff-schedule-dates = 日期
staff-schedule-previous-day = 前一天
staff-schedule-next-day = 后一天
staff-schedule-previous-week = 上一周
staff-schedule-next-week = 下一周
staff-schedule-today = 今天
# $place is the clinic, $zone its time zone's name in words, e.g. Eastern Time.
staff-schedule-zone = 时间均为{ $place }的当地时间（{ $zone }）。
staff-schedule-none = 没有可显示的医护人员。
# $jurisdiction is a state's name
staff-schedule-licence-none = 执照问题：没有{ $jurisdiction }经过核实且仍然有效的执照。患者无法在此预约这位医护人员。
# $jurisdiction is a state's name
staff-schedule-licence-pending = 执照问题：{ $jurisdiction }的执照仍在核实中。患者暂时无法在此预约这位医护人员。
staff-schedule-hours = 工作时间
staff-schedule-not-working = 不上班
# $start and $end are times of day
staff-schedule-hours-range = { $start } 至 { $end }
staff-schedule-on-call = 值班
staff-schedule-blocks = 封锁时段
staff-schedule-appointments = 预约
staff-schedule-no-appointments = 没有预约。
# $start and $end are times of day, $zone the time zone's name in words, e.g. Eastern Time.
staff-schedule-time-range = { $start } 至 { $end } { $zone }
# $start and $end are dates and times with their zone
staff-schedule-date-range = 从 { $start } 到 { $end }
# $status is the appointment's status
staff-schedule-status = 状态：{ $status }
staff-schedule-during-block = 处于封锁时段内
staff-schedule-whole-location = 此地点的所有人员
staff-schedule-affected = 此时段内的预约（在有人改期或取消之前保持原时间）：
staff-schedule-mark-arrived = 标记为已到诊
# $who is the patient's name and the appointment's time
staff-schedule-mark-arrived-label = 标记为已到诊：{ $who }
staff-schedule-mark-no-show = 标记为未到诊
# $who is the patient's name and the appointment's time
staff-schedule-mark-no-show-label = 标记为未到诊：{ $who }
staff-schedule-lift = 解除
# $what is the reason and the time of the blocked time
staff-schedule-lift-label = 解除封锁时段：{ $what }
staff-schedule-add-block = 添加封锁时段
staff-schedule-block-intro = 封锁时段不再向患者开放预约。已在其中预约的就诊保持原时间；排班表会列出这些预约，方便您改期或取消。
# $zone is the time zone's name in words, e.g. Eastern Time.
staff-schedule-block-zone = 请按该地点的当地时间（{ $zone }）填写日期和时间。
staff-schedule-block-who = 医护人员
staff-schedule-block-reason = 原因
staff-schedule-block-start-date = 开始日期
staff-schedule-block-start-time = 开始时间
staff-schedule-block-end-date = 结束日期
staff-schedule-block-end-time = 结束时间
staff-schedule-block-submit = 添加封锁时段
staff-block-reason-procedure = 手术或操作
staff-block-reason-leave = 休假
staff-block-reason-holiday = 节假日
staff-block-reason-training = 培训
staff-block-reason-other = 其他原因
staff-status-held = 为候补名单保留
staff-status-booked = 已预约
staff-status-arrived = 已到诊
staff-status-completed = 已完成
staff-status-no_show = 未到诊
staff-status-cancelled = 已取消
staff-status-lapsed = 保留已过期
staff-visit-new-patient = 新患者
staff-visit-follow-up = 复诊
staff-schedule-done-arrived = 已标记为到诊。
staff-schedule-done-no_show = 已标记为未到诊。
staff-schedule-done-blocked = 已添加封锁时段。这些时间不再向患者开放预约。
# $count is the number of appointments during the blocked time
staff-schedule-done-blocked-affected = { $count ->
   *[other] 其中有 { $count } 个预约，已在下方与封锁时段一起列出。
}
staff-schedule-done-lifted = 已解除封锁时段。这些时间重新开放预约。
staff-error-not-booked = 此预约已不再是“已预约”状态，因此无法标记。排班表现在显示其当前状态。
staff-error-not-its-day = 只能在预约当天将患者标记为已到诊。
staff-error-not-started = 只有在预约开始之后才能标记为未到诊。
staff-block-error = 请检查封锁时段：有些字段需要更正。
staff-block-error-missing-date = 请填写日期。
staff-block-error-missing-time = 请填写时间。
staff-block-error-not-a-date = 请按年、月、日填写日期，例如 2027-01-18。
staff-block-error-not-a-time = 请按小时和分钟填写时间，例如 09:30。
staff-block-error-end-not-after-start = 结束时间必须晚于开始时间。
staff-block-error-too-long = 封锁时段最长为 366 天。较长的休假请分段填写。
# $field is the field's name, $problem what is wrong with it
staff-block-error-in-field = { $field }：{ $problem }

## Shell: menu, language and display preferences
# The disclosure that holds the sections on narrow screens.
menu = 菜单
nav-appointments = 预约
# The language chooser's label in the page's language ($here) with the English one ($english) beside it.
language-label-with-english = { $here }（{ $english }）
display-legend = 显示
display-text-size = 文字大小
# $percent is a number such as 150
display-text-size-option = { $percent }%
display-high-contrast = 高对比度
display-submit = 应用
