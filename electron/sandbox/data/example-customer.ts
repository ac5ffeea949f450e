import type { CgCustomer } from '../wire-types';

/**
 * The Get Customer example from credgenics-api.txt (credit-line company), served as customer
 * "189004". The document's copy is not valid JSON (trailing commas); they are removed here and
 * nothing else is changed. Its "headers" key, an artefact of the doc generator, is not part of
 * the output; the handler adds "message": "success" around it as the document shows.
 */
export const exampleCustomer: CgCustomer = {
  "applicant_details": {
    "client_customer_id": "189004",
    "defaults": [
      {
        "final_status": "Initiated",
        "allocation_month": "2021-1-01",
        "amount_recovered": 0,
        "settlement_amount": null,
        "tags": [
          {
            "tag_name": "temporary",
            "active": true,
            "created": "2021-07-21 07:50:41"
          },
          {
            "tag_name": "temporary-tag",
            "active": true,
            "created": "2021-07-21 09:50:41"
          }
        ]
      },
      {
        "final_status": "Initiated",
        "allocation_month": "2021-2-01",
        "amount_recovered": 3550,
        "settlement_amount": 45000,
        "tags": [
          {
            "tag_name": "demo",
            "active": true,
            "created": "2021-07-21 10:50:41"
          }
        ]
      }
    ],
    "loan_type": "Personal Loan",
    "references": [
      {
        "name": "Shri Ram",
        "contact_number": "9999999999",
        "relation_with_applicant": "Colleague"
      }
    ],
    "co_applicant": [
      {
        "co_applicant_name": "Naveen Shekhawat",
        "co_applicant_type": "Individual",
        "co_applicant_email": "pravinsingh@gmail.com",
        "co_applicant_gender": "Male",
        "co_applicant_contact_number": "9814274470",
        "co_applicant_dob": "1990-06-29",
        "co_applicant_address": [
          {
            "co_applicant_address_text": "",
            "co_applicant_address_type": "Home",
            "co_applicant_state": "Rajasthan",
            "co_applicant_city": "Alwar",
            "co_applicant_pincode": 301024
          }
        ]
      }
    ],
    "payment_link": "",
    "product_type": "Payday personal",
    "applicant_dob": "1992-03-23",
    "business_name": "ABC PVT. LTd.",
    "engine_number": "",
    "loan_end_date": "2019-04-06",
    "loan_nbfc_cin": "U65191TN1994PLC078035",
    "merchant_name": "Intellipaat",
    "security_type": "Secured immovable",
    "applicant_name": "Sri Ram",
    "chassis_number": "",
    "loan_nbfc_name": "AKARA CAPITAL ADVISORS PVT. LTD.",
    "make_and_model": "",
    "applicant_email": "shriram@gmail.com",
    "applicant_gender": "Male",
    "backed_by_surety": false,
    "credit_bank_name": "HDFC Bank",
    "document_details": [
      {
        "security_mode": "NACH",
        "document_number": "757493",
        "document_bank_name": "HDFC Bank",
        "document_bank_ifsc_code": "",
        "document_amount": 50000,
        "document_date": "2018-04-10",
        "document_dishonour_date": "2018-04-12",
        "document_signature_name": "",
        "document_bounce_bank_account_number": "",
        "document_bounce_bank_ifsc_code": "",
        "document_bounce_charges": null,
        "document_bounce_bank_name": "Yes Bank",
        "document_bounce_bank_address": "",
        "document_bounce_memo_date": null,
        "reason_of_document_bounce": "",
        "document_bounce_memo_reference_number": "",
        "document_sequence_number": ""
      }
    ],
    "applicant_address": [
      {
        "applicant_city": "Jodhpur",
        "applicant_state": "Rajasthan",
        "applicant_pincode": 342001,
        "applicant_landmark": "",
        "applicant_address_text": "395/13 Veer Dua Colony Baldev Nager",
        "applicant_address_type": "Home"
      }
    ],
    "applicant_language": "hi",
    "applicant_occupation": "Job",
    "applicant_pan_number": "",
    "applicant_cibil_score": 820,
    "credit_account_number": "",
    "credit_bank_ifsc_code": "HDFC0G45B4W",
    "applicant_aadhar_number": "",
    "applicant_contact_number": "9999999999",
    "applicant_monthly_income": 40000,
    "credit_account_holder_name": "Sri Ram",
    "credit_account_holder_type": "Current",
    "loan_regional_manager_name": "",
    "vehicle_registration_number": "",
    "loan_regional_manager_contact_email": "",
    "loan_regional_manager_contact_number": "",
    "archive": false
  },
  "transactions_details": [
    {
      "transaction_id": "283921",
      "data": {
        "defaults": [
          {
            "created": "2021-02-14 20:22:41.889461",
            "late_fee": 59443,
            "upload_date": null,
            "closure_with": "",
            "expected_emi": 54000,
            "final_status": "Partially Recovered",
            "payment_mode": "",
            "other_penalty": null,
            "recovery_date": "2021-02-26 13:07:22.248235",
            "payment_method": "Online",
            "date_of_default": "2020-01-23",
            "dpd": "30",
            "dpd_bracket": "30+",
            "recovery_method": "",
            "allocation_month": "2021-2-01",
            "amount_recovered": 3450,
            "payment_reference_number": "",
            "default_emi_number": 12,
            "total_claim_amount": 113000,
            "allocation_dpd_value": 679,
            "actual_date_of_default": "2019-04-07",
            "allocation_dpd_bracket": "180+",
            "client_amount_recovered": 0,
            "expected_emi_interest_amount": null,
            "principal_outstanding_amount": 45000,
            "expected_emi_principal_amount": 45000
          }
        ],
        "emi_amount": 6000,
        "loan_tenure": 12,
        "loan_end_date": "2019-04-06",
        "transaction_id": "283921",
        "tenure_finished": true,
        "interest_on_loan": 18,
        "total_loan_amount": 50000,
        "client_loan_sanction_date": "2018-04-06"
      }
    },
    {
      "transaction_id": "18372",
      "data": {
        "defaults": [
          {
            "created": "2021-01-27 18:57:11.514467",
            "late_fee": 1000,
            "upload_date": "",
            "expected_emi": 10001,
            "final_status": "Initiated",
            "other_penalty": null,
            "date_of_default": "2020-03-02",
            "dpd": "225",
            "dpd_bracket": "180+",
            "allocation_month": "2021-1-01",
            "amount_recovered": 0,
            "default_emi_number": 4,
            "total_claim_amount": 9000,
            "allocation_dpd_value": 331,
            "actual_date_of_default": "2020-03-02",
            "allocation_dpd_bracket": "180+",
            "client_amount_recovered": null,
            "expected_emi_interest_amount": 2000,
            "principal_outstanding_amount": 1000,
            "expected_emi_principal_amount": 9000
          }
        ],
        "emi_amount": 1000,
        "loan_tenure": 11,
        "loan_end_date": "2020-03-02",
        "transaction_id": "283920",
        "tenure_finished": true,
        "interest_on_loan": 12,
        "total_loan_amount": 902929,
        "client_loan_sanction_date": "2020-01-29"
      }
    }
  ],
  "payment_history": [
    {
      "payment_id": 235,
      "client_customer_id": "189004",
      "amount_recovered": 1000,
      "final_status": "Partially Recovered",
      "recovery_method": "Communications",
      "allocation_month": "2021-4-01",
      "payment_method": "Online",
      "payment_mode": "",
      "payment_reference_number": "",
      "author": "demo.admin@credgenics.com",
      "created": "2021-04-15 06:43:50"
    },
    {
      "payment_id": 32432,
      "client_customer_id": "189004",
      "amount_recovered": 1000,
      "final_status": "Partially Recovered",
      "recovery_method": "Communications",
      "allocation_month": "2021-4-01",
      "payment_method": "Online",
      "payment_mode": "",
      "payment_reference_number": "",
      "author": "demo.admin@credgenics.com",
      "created": "2021-05-15 18:44:15"
    }
  ],
  "communication_details": [
    {
      "communication_id": 23,
      "type_of_comm": "call",
      "comm_dict": {
        "to": "9706367068",
        "from": "8178041121",
        "duration": "0 : 0 : 34",
        "called_to": "applicant",
        "call_start_time": "2020-11-04 17:16:32",
        "call_end_time": "2020-11-04 17:17:06",
        "call_response": "Will pay tomorrow",
        "recording_url": "",
        "applicant_type": "applicant"
      }
    },
    {
      "communication_id": 23555,
      "type_of_comm": "sms",
      "comm_dict": {
        "sms_body": "Hi Keval,\n\nPFA legal notice for the non payment of your outstanding dues to Credgenics as per the terms of the loan agreement. \n\nKindly ignore if the matter has already been settled.\n\nhttps://credgenics.com/notices/930b9ecfee7e?t=64bbec02\n\nThanks and Regards,\n\nAdvocates for HLPL\nAR - Abhishek Gupta\nEmail id: abhishek.gupta1@udaan.com\nPhone number: 9513231633 ",
        "sms_mobile": "9706367068",
        "notice_link": "930b9ecfee7e",
        "delivered_time": "2020-08-15 16:57:31",
        "clicked_time": "2020-08-18 10:55:04.839459",
        "sms_language": "en",
        "message_count": 3,
        "template_name": "Legal Notice Template",
        "character_count": 362,
        "notice_click_count": 2
      }
    }
  ],
  "notice_tracking_details": [
    {
      "notice_id": 4332,
      "case_type": "lrn",
      "document_type": "Notice",
      "s3_link": "https://s3-ap-south-1.amazonaws.com/credgenics-cases/production/notice_links/930b9ecfee7e.pdf",
      "created": "2020-08-18 10:55:04",
      "data": {}
    },
    {
      "notice_id": 3563,
      "case_type": "lrn",
      "document_type": "Speedpost",
      "created": "2020-08-18 10:55:04",
      "data": {
        "events": [
          {
            "date": "05/10/2020",
            "time": "15:27:17",
            "office": "Bhuj HO",
            "description": "Item Delivery Confirmed"
          },
          {
            "date": "05/10/2020",
            "time": "09:17:46",
            "office": "Bhuj HO",
            "description": "Out for Delivery"
          },
          {
            "date": "05/10/2020",
            "time": "08:22:29",
            "office": "Bhuj HO",
            "description": "Item Received"
          },
          {
            "date": "04/10/2020",
            "time": "10:57:04",
            "office": "Bhuj ICH",
            "description": "Item Dispatched"
          },
          {
            "date": "04/10/2020",
            "time": "09:18:22",
            "office": "Bhuj ICH",
            "description": "Item Bagged"
          },
          {
            "date": "04/10/2020",
            "time": "06:17:52",
            "office": "Bhuj ICH",
            "description": "Item Received"
          },
          {
            "date": "03/10/2020",
            "time": "12:30:43",
            "office": "Ahmedabad NSH",
            "description": "Item Dispatched"
          },
          {
            "date": "03/10/2020",
            "time": "11:26:43",
            "office": "Ahmedabad NSH",
            "description": "Item Bagged"
          },
          {
            "date": "03/10/2020",
            "time": "08:40:56",
            "office": "Ahmedabad NSH",
            "description": "Item Received"
          },
          {
            "date": "29/09/2020",
            "time": "17:52:17",
            "office": "Rohini Sector7 SO",
            "description": "Item Dispatched"
          },
          {
            "date": "29/09/2020",
            "time": "17:18:27",
            "office": "Rohini Sector7 SO",
            "description": "Item Bagged"
          },
          {
            "date": "29/09/2020",
            "time": "16:17:42",
            "office": "Rohini Sector7 SO",
            "description": "Item Booked"
          }
        ],
        "booked_at": "Rohini Sector7 SO",
        "article_type": "Inland Speed Post",
        "speedpost_id": "ED670494304IN",
        "applicant_type": "applicant",
        "speedpost_tarrif": "41.30",
        "delivery_location": "Sonipat HO",
        "speedpost_s3_link": "",
        "speedpost_booked_on": "29/09/2020 16:17:42",
        "applicant_address_type": "home",
        "applicant_address_index": 0,
        "speedpost_delivery_status": "Delivered",
        "co_applicant_address_index": -1,
        "speedpost_undelivered_reason": "",
        "speedpost_destination_pincode": "131001",
        "speedpost_delivery_confirmed_on": "05/10/2020 15:27:17"
      }
    }
  ],
  "remarks": [
    {
      "remark_id": 4234,
      "remarks": "(Legal Notice Template ) SMS Sent",
      "created": "2020-11-15 16:57:26",
      "author": "ssingh@credgenics.com"
    },
    {
      "remarks_id": 254,
      "remarks": "Will pay settlement amount tomorrow: Call response , Promise to Pay: Call status , 2020-11-24 - Reminder date",
      "created": "2020-11-23 12:43:11",
      "author": "ssingh@credgenics.com"
    }
  ]
};
