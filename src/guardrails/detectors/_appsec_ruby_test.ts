import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "rb.command_params",
    block: [`def ping\n  output = \`ping -c 1 #{params[:host]}\`\n  render plain: output\nend\n`],
    pass: [`def ping\n  output, _ = Open3.capture2("ping", "-c", "1", params[:host].to_s)\nend\n`],
  },
  {
    id: "rb.eval_params",
    block: [`def calc\n  render plain: eval(params[:expr])\nend\n`],
    pass: [`def calc\n  render plain: Calculator.new.evaluate(params[:expr])\nend\n`],
  },
  {
    id: "rb.unsafe_deserialize",
    block: [`prefs = Marshal.load(Base64.decode64(cookies[:prefs]))\n`],
    pass: [`prefs = JSON.parse(Base64.decode64(cookies[:prefs]))\n`],
  },
  {
    id: "rb.skip_auth_admin",
    block: [
      `class Admin::UsersController < ApplicationController\n  skip_before_action :authenticate_user!\n  def index; end\nend\n`,
    ],
    pass: [
      `class SessionsController < ApplicationController\n  skip_before_action :authenticate_user!, only: [:new, :create]\nend\n`,
    ],
  },
  {
    id: "rb.csrf_off",
    block: [
      `class ApplicationController < ActionController::Base\n  skip_before_action :verify_authenticity_token\nend\n`,
    ],
    pass: [
      `class ApplicationController < ActionController::Base\n  protect_from_forgery with: :exception\nend\n`,
    ],
  },
  {
    id: "rb.permit_all",
    block: [
      `def user_params\n  params.require(:user).permit!\nend\n`,
      `def user_params\n  params.require(:user).permit(:name, :email, :admin)\nend\n`,
    ],
    pass: [`def user_params\n  params.require(:user).permit(:name, :email)\nend\n`],
  },
  {
    id: "rb.ssl_verify_none",
    block: [
      `http = Net::HTTP.new(uri.host, uri.port)\nhttp.use_ssl = true\nhttp.verify_mode = OpenSSL::SSL::VERIFY_NONE\n`,
    ],
    pass: [`http.verify_mode = OpenSSL::SSL::VERIFY_PEER\n`],
  },
  {
    id: "rb.prod_config_open",
    block: [
      `# config/environments/production.rb\nRails.application.configure do\n  config.eager_load = true\n  config.consider_all_requests_local = true\nend\n`,
    ],
    pass: [
      `# config/environments/production.rb\nRails.application.configure do\n  config.eager_load = true\n  config.consider_all_requests_local = false\nend\n`,
    ],
  },
  {
    id: "rb.render_inline_params",
    block: [`def preview\n  render inline: params[:template]\nend\n`],
    pass: [`def preview\n  render :preview, locals: { body: params[:template] }\nend\n`],
  },
  {
    id: "rb.sql_interpolated",
    block: [`User.where("email = '#{params[:email]}'")\n`],
    pass: [`User.where(email: params[:email])\n`],
  },
  {
    id: "rb.redirect_params",
    block: [`def after_login\n  redirect_to params[:return_to]\nend\n`],
    pass: [`def after_login\n  redirect_to url_from(params[:return_to]) || root_path\nend\n`],
  },
  {
    id: "rb.send_file_params",
    block: [`def download\n  send_file Rails.root.join("uploads", params[:file])\nend\n`],
    pass: [
      `def download\n  send_file Rails.root.join("uploads", File.basename(params[:file]))\nend\n`,
    ],
  },
];

runCases("ruby", CASES);
